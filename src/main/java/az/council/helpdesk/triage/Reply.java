package az.council.helpdesk.triage;

import az.council.helpdesk.faq.FaqEntry;
import java.util.List;

/** What the bot should do with one question. Exhaustive: every caller handles all five. */
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

  /**
   * Written mostly in a script the bot cannot read ({@link ForeignScript}): ask for Azerbaijani, Russian or
   * English, offer a member, and give the emergency numbers, since what it says is unknown.
   */
  record Unreadable() implements Reply {}

  /** A person must take over; {@code related} are the best FAQ matches, possibly empty. */
  record Urgent(Urgency reason, List<FaqEntry> related) implements Reply {
    public Urgent {
      related = List.copyOf(related);
    }
  }
}
