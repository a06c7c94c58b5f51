package az.council.helpdesk.stats;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import java.time.Instant;
import java.util.Optional;

/**
 * One question someone asked, as the conversation reports it. The raw Telegram user id goes no further than
 * the {@link InquiryLog}, which stores only a keyed pseudonym of it.
 *
 * @param entryId the FAQ entry answered or suggested first; empty when out of scope
 * @param topic the entry's topic; empty when out of scope
 */
public record Inquiry(
    Instant at,
    long telegramUserId,
    Language language,
    Optional<Topic> topic,
    Optional<String> entryId,
    boolean confident,
    boolean escalated,
    Source source) {

  /** Where the inquiry came from; the annual report counts all three. */
  public enum Source { BOT, CASE, OFFLINE }
}
