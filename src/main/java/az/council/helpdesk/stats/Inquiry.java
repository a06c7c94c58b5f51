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
 * @param question the question's text; the log keeps it (within the retention window) only when the bot
 *     could not answer confidently, for the content team's list of unanswered questions
 * @param origin what the inquiry answers — a message (chat id, message id) or a button press (callback id) —
 *     when known: an update handled again after a crash then finds its row instead of counting it twice
 */
public record Inquiry(
    Instant at,
    long telegramUserId,
    Language language,
    Optional<Topic> topic,
    Optional<String> entryId,
    boolean confident,
    boolean escalated,
    Source source,
    Optional<String> question,
    Optional<String> origin) {

  public Inquiry(Instant at, long telegramUserId, Language language, Optional<Topic> topic,
      Optional<String> entryId, boolean confident, boolean escalated, Source source, Optional<String> question) {
    this(at, telegramUserId, language, topic, entryId, confident, escalated, source, question, Optional.empty());
  }

  /** An inquiry without its text (the log then lists it as unanswered without showing what was asked). */
  public Inquiry(Instant at, long telegramUserId, Language language, Optional<Topic> topic,
      Optional<String> entryId, boolean confident, boolean escalated, Source source) {
    this(at, telegramUserId, language, topic, entryId, confident, escalated, source, Optional.empty());
  }

  /** The same inquiry with the question's text attached. */
  public Inquiry withQuestion(String text) {
    return new Inquiry(at, telegramUserId, language, topic, entryId, confident, escalated, source, Optional.of(text),
        origin);
  }

  /** The same inquiry, tied to the message it answers (the log stores only a keyed hash of the origin). */
  public Inquiry from(long chatId, long messageId) {
    return withOrigin("message:" + chatId + ":" + messageId);
  }

  /** The same inquiry, tied to the button press it answers (callback ids are unique per bot). */
  public Inquiry fromPress(String callbackId) {
    return withOrigin("press:" + callbackId);
  }

  private Inquiry withOrigin(String key) {
    return new Inquiry(at, telegramUserId, language, topic, entryId, confident, escalated, source, question,
        Optional.of(key));
  }

  /** Where the inquiry came from; the annual report counts all three. */
  public enum Source {
    BOT("bot"),
    CASE("case"),
    OFFLINE("offline");

    private final String id;

    Source(String id) {
      this.id = id;
    }

    /** The stable id stored in the log and used in exports. */
    public String id() {
      return id;
    }

    public static Source fromId(String id) {
      for (Source source : values()) {
        if (source.id.equals(id)) {
          return source;
        }
      }
      throw new IllegalArgumentException("unknown source " + id);
    }
  }
}
