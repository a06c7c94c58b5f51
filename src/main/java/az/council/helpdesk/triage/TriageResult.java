package az.council.helpdesk.triage;

import az.council.helpdesk.faq.FaqEntry;
import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import java.util.List;
import java.util.Optional;

/**
 * The engine's verdict on one question: its language, the reply, a calibrated confidence (the estimated
 * probability that the best entry is right) and the ranked entries behind it.
 *
 * @param languageClear whether the text was long and unambiguous enough to switch a user's language
 */
public record TriageResult(
    Language language, boolean languageClear, Reply reply, double confidence, List<FaqEntry> ranking) {

  public TriageResult {
    ranking = List.copyOf(ranking);
  }

  /** The entry the bot stands behind or would suggest first; empty when out of scope. */
  public Optional<FaqEntry> bestEntry() {
    return switch (reply) {
      case Reply.Answer a -> Optional.of(a.entry());
      case Reply.Suggestions s -> s.candidates().stream().findFirst();
      case Reply.OutOfScope o -> Optional.empty();
      case Reply.Unreadable u -> Optional.empty();
      case Reply.Urgent u -> u.related().stream().findFirst();
    };
  }

  public Optional<Topic> topic() {
    return bestEntry().map(FaqEntry::topic);
  }

  public boolean confident() {
    return reply instanceof Reply.Answer;
  }

  public boolean escalate() {
    return reply instanceof Reply.Urgent;
  }
}
