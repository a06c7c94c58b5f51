package az.council.helpdesk.stats;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One inquiry as the statistics see it: the person's current citizenship joined in, the member's topic
 * correction and the case's outcome already applied.
 *
 * @param personRef the pseudonymous reference (same person, same reference)
 * @param language empty for offline consultations
 * @param topic the corrected topic if a member set one, else the bot's guess; empty when out of scope
 * @param helpful the user's rating, if any
 * @param caseOpened when the inquiry's case opened; empty without a case
 * @param firstReply when a member first replied in the case
 * @param question the question's text while the retention window keeps it (unanswered questions only)
 */
public record LoggedInquiry(
    long id,
    Instant at,
    String personRef,
    Optional<Language> language,
    Citizenship citizenship,
    Optional<Topic> topic,
    Optional<String> entryId,
    boolean confident,
    boolean escalated,
    Inquiry.Source source,
    Optional<Boolean> helpful,
    OptionalLong caseId,
    Optional<Outcome> outcome,
    Optional<Instant> caseOpened,
    Optional<Instant> firstReply,
    Optional<String> question) {}
