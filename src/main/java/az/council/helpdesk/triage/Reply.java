package az.council.helpdesk.triage;

import az.council.helpdesk.faq.FaqEntry;
import java.util.List;

/** What the bot should do with one question. Exhaustive: every caller handles all four. */
public sealed interface Reply {

  /** Confident: answer with this entry. */
  record Answer(FaqEntry entry) implements Reply {}

  /** Not sure: offer up to three candidates ("Did you mean…") and a member. */
  record Suggestions(List<FaqEntry> candidates) implements Reply {
    public Suggestions {
      candidates = List.copyOf(candidates);
    }
  }

  /** Not about migration at all. */
  record OutOfScope() implements Reply {}

  /** A person must take over; {@code related} are the best FAQ matches, possibly empty. */
  record Urgent(Urgency reason, List<FaqEntry> related) implements Reply {
    public Urgent {
      related = List.copyOf(related);
    }
  }
}
