package az.council.helpdesk.cases;

import az.council.helpdesk.conversation.Keyboard;
import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.triage.Reply;
import az.council.helpdesk.triage.Triage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The case's first post in the staff group (who, what, how urgent, the user's recent questions with what the bot
 * answered them) with its buttons, and the forum topic's name, e.g. {@code #12 · work-permit · ru · UA}.
 */
final class CaseSummary {
  static final int SHOWN_QUESTIONS = 5;
  private static final int QUESTION_CHARS = 300;
  private final Triage triage;
  private final StaffText text;
  private final Routing routing;

  CaseSummary(Triage triage, StaffText text, Routing routing) {
    this.triage = triage;
    this.text = text;
    this.routing = routing;
  }

  /** The topic the bot saw: that of the latest question the triage could place. */
  Optional<Topic> topicOf(List<String> questions, Language language) {
    for (int i = questions.size() - 1; i >= 0; i--) {
      Optional<Topic> topic = triage.triage(questions.get(i), language).topic();
      if (topic.isPresent()) {
        return topic;
      }
    }
    return Optional.empty();
  }

  String topicName(Case c) {
    String country = c.citizenship().map(s -> s.length() == 2 ? s.toUpperCase(Locale.ROOT) : s).orElse("?");
    String name = "#" + c.id() + " · " + c.topic().map(Topic::id).orElse("?") + " · " + c.language().tag() + " · "
        + country;
    return (c.urgent() ? "🔴 " : "") + name;
  }

  String render(Case c, List<String> questions, Optional<Member> holder) {
    StringBuilder s = new StringBuilder();
    if (c.urgent()) {
      s.append(text.get("summary.urgentBanner")).append('\n');
    }
    s.append(text.get("summary.title", CaseText.number(c))).append('\n');
    s.append(text.get("summary.language", c.language().locale().getDisplayLanguage(text.language().locale()),
        c.language().tag())).append('\n');
    s.append(text.get("summary.citizenship", text.citizenship(c.citizenship()))).append('\n');
    s.append(text.get("summary.topic", c.topic().map(Topic::id).orElse(text.get("summary.topicUnknown"))))
        .append('\n');
    s.append(text.get("summary.group", routing.group(c.groupId()).map(g -> g.name(text.language()))
        .orElse(c.groupId()))).append('\n');
    c.urgency().ifPresent(u -> s.append(text.get("summary.urgency", text.urgency(u))).append('\n'));
    s.append(text.get("summary.reason", text.reason(c.reason()))).append('\n');
    s.append(status(c, holder)).append("\n\n");
    s.append(text.get("summary.questions"));
    if (questions.isEmpty()) {
      s.append('\n').append(text.get("summary.noQuestions"));
    }
    int from = Math.max(0, questions.size() - SHOWN_QUESTIONS);
    for (int i = from; i < questions.size(); i++) {
      String question = questions.get(i);
      s.append('\n').append(i + 1).append(". «").append(shorten(question)).append("»\n   → ")
          .append(answer(question, c.language()));
    }
    return s.toString();
  }

  Keyboard buttons(Case c) {
    if (!c.status().active()) {
      return Keyboard.NONE;
    }
    return Keyboard.of(List.of(
        new Keyboard.Button(text.get("button.claim"), CaseButtons.claim(c.id())),
        new Keyboard.Button(text.get("button.close"), CaseButtons.close(c.id())),
        new Keyboard.Button(text.get("button.transfer"), CaseButtons.transfer(c.id()))));
  }

  private String status(Case c, Optional<Member> holder) {
    return switch (c.status()) {
      case OPEN -> text.get("summary.status.open");
      case CLAIMED -> text.get("summary.status.claimed", holder.map(Member::display)
          .orElse(c.claimedBy().map(String::valueOf).orElse("?")));
      case CLOSED -> text.get("summary.status.closed", c.outcome().map(text::outcome).orElse("?"));
      case CANCELLED -> text.get("summary.status.cancelled");
    };
  }

  /** What the bot replied to the question (the triage is deterministic and cached, so this is what it said). */
  private String answer(String question, Language language) {
    return switch (triage.triage(question, language).reply()) {
      case Reply.Answer a -> text.get("answer.faq", a.entry().id(), a.entry().in(text.language()).question());
      case Reply.Suggestions s -> text.get("answer.suggested",
          StaffText.ids(s.candidates().stream().map(e -> e.id()).toList()));
      case Reply.OutOfScope o -> text.get("answer.outOfScope");
      case Reply.Unreadable u -> text.get("answer.unreadable");
      case Reply.Urgent u -> text.get("answer.urgent", text.urgency(u.reason()));
    };
  }

  private static String shorten(String question) {
    String flat = question.replaceAll("\\s+", " ").strip();
    return flat.length() <= QUESTION_CHARS ? flat : flat.substring(0, QUESTION_CHARS) + "…";
  }
}
