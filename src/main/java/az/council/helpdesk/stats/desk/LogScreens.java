package az.council.helpdesk.stats.desk;

import az.council.helpdesk.conversation.Keyboard;
import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.stats.Citizenship;
import az.council.helpdesk.stats.Outcome;
import az.council.helpdesk.stats.StatsLabels;
import java.util.ArrayList;
import java.util.List;

/** The texts and buttons of each step of {@code /log}, in the staff language. */
final class LogScreens {
  /** The countries most people the Council advises come from (as the conversation's picker); three to a row. */
  static final List<String> COMMON = List.of("UA", "RU", "TR", "GE", "IR", "KZ", "UZ", "BY", "KG", "TJ", "MD",
      "AF", "IN", "PK", "CN");

  /** A message text with its buttons. */
  record Screen(String text, Keyboard keyboard) {}

  private final Messages messages;
  private final StatsLabels labels;
  private final Language language;

  LogScreens(Messages messages, Language language) {
    this.messages = messages;
    this.labels = new StatsLabels(messages);
    this.language = language;
  }

  String text(String key, Object... args) {
    return messages.get(language, key, args);
  }

  Screen askCountry(long draft) {
    List<List<Keyboard.Button>> rows = new ArrayList<>();
    for (int i = 0; i < COMMON.size(); i += 3) {
      rows.add(COMMON.subList(i, Math.min(i + 3, COMMON.size())).stream()
          .map(code -> country(draft, new Citizenship(code))).toList());
    }
    rows.add(List.of(button(text("secretary.log.other"), new LogButton.OtherCountry(draft)),
        country(draft, Citizenship.AZERBAIJANI_ABROAD)));
    rows.add(List.of(country(draft, Citizenship.STATELESS), country(draft, Citizenship.UNKNOWN)));
    rows.add(List.of(cancel(draft)));
    return new Screen(text("secretary.log.askCountry"), new Keyboard(rows));
  }

  Screen typeCountry(long draft) {
    return new Screen(text("secretary.log.typeCountry"), Keyboard.of(List.of(cancel(draft))));
  }

  Screen countryNotFound(long draft, String typed) {
    return new Screen(text("secretary.log.countryNotFound", typed.strip()), Keyboard.of(List.of(cancel(draft))));
  }

  Screen askTopic(long draft, Citizenship citizenship) {
    List<List<Keyboard.Button>> rows = new ArrayList<>();
    Topic[] topics = Topic.values();
    for (int i = 0; i < topics.length; i += 2) {
      List<Keyboard.Button> row = new ArrayList<>();
      for (int j = i; j < Math.min(i + 2, topics.length); j++) {
        row.add(button(topic(topics[j]), new LogButton.TopicChoice(draft, topics[j])));
      }
      rows.add(row);
    }
    rows.add(List.of(cancel(draft)));
    return new Screen(text("secretary.log.askTopic", citizenship(citizenship)), new Keyboard(rows));
  }

  Screen askOutcome(long draft, Citizenship citizenship, Topic topic) {
    List<List<Keyboard.Button>> rows = new ArrayList<>();
    for (Outcome outcome : Outcome.values()) {
      rows.add(List.of(button(labels.outcome(outcome, language), new LogButton.OutcomeChoice(draft, outcome))));
    }
    rows.add(List.of(cancel(draft)));
    return new Screen(text("secretary.log.askOutcome", citizenship(citizenship), topic(topic)), new Keyboard(rows));
  }

  Screen recorded(long draft, Citizenship citizenship, Topic topic, Outcome outcome, boolean undoable) {
    String summary = text("secretary.log.recorded", citizenship(citizenship), topic(topic),
        labels.outcome(outcome, language));
    return undoable
        ? new Screen(summary + "\n" + text("secretary.log.undoHint"),
            Keyboard.of(List.of(button(text("secretary.log.undo"), new LogButton.Undo(draft)))))
        : new Screen(summary, Keyboard.NONE);
  }

  Screen plain(String key) {
    return new Screen(text(key), Keyboard.NONE);
  }

  private String citizenship(Citizenship citizenship) {
    return labels.citizenship(citizenship, language);
  }

  private String topic(Topic topic) {
    return messages.get(language, "topic." + topic.id());
  }

  private Keyboard.Button country(long draft, Citizenship citizenship) {
    return button(citizenship(citizenship), new LogButton.Country(draft, citizenship));
  }

  private Keyboard.Button cancel(long draft) {
    return button(text("secretary.log.cancel"), new LogButton.Cancel(draft));
  }

  private static Keyboard.Button button(String label, LogButton button) {
    return new Keyboard.Button(label, LogButton.encode(button));
  }
}
