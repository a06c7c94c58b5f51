package az.council.helpdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The conversation's texts exist in all three languages, with the same placeholders, in the right script. */
final class ConversationMessagesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");
  private final Messages messages = new Messages();

  private Set<String> ownKeys() {
    Set<String> keys = new TreeSet<>();
    for (Language language : Language.values()) {
      messages.keys(language).stream().filter(k -> k.startsWith("chat.") || k.startsWith("topic.")).forEach(keys::add);
    }
    return keys;
  }

  @Test
  void everyKey_isInEveryLanguage_withTheSamePlaceholders() {
    for (String key : ownKeys()) {
      Set<String> expected = placeholders(messages.get(Language.EN, key));
      for (Language language : Language.values()) {
        assertThat(messages.has(language, key)).as(key + " in " + language).isTrue();
        assertThat(placeholders(rawText(language, key))).as(key + " in " + language).isEqualTo(expected);
      }
    }
  }

  @Test
  void everyTopicAndMediaKindAndCommand_hasItsText() {
    for (Language language : Language.values()) {
      for (Topic topic : Topic.values()) {
        assertThat(messages.has(language, "topic." + topic.id())).as(topic.id()).isTrue();
      }
      for (Event.Media.Kind kind : Event.Media.Kind.values()) {
        assertThat(messages.has(language, "chat.media." + kind.name().toLowerCase(Locale.ROOT))).as(kind.name()).isTrue();
      }
      for (String command : BotCommands.NAMES) {
        assertThat(messages.has(language, "chat.command." + command)).as(command).isTrue();
      }
    }
  }

  @Test
  void azerbaijaniIsLatin_russianIsCyrillic_inEveryConversationText() {
    for (String key : ownKeys()) {
      String az = messages.get(Language.AZ, key);
      String ru = messages.get(Language.RU, key);
      assertThat(az.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC))
          .as("az " + key + ": " + az).isTrue();
      if (!key.equals("chat.language.self") && ru.codePoints().anyMatch(Character::isLetter)) {
        assertThat(ru.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC))
            .as("ru " + key + ": " + ru).isTrue();
      }
    }
  }

  @Test
  void theMemberButton_matchesWhatTheFaqAnswersTellPeopleToTap() {
    assertThat(messages.get(Language.EN, "chat.button.member")).isEqualTo("Talk to a member");
    assertThat(messages.get(Language.AZ, "chat.button.member")).isEqualTo("Üzvlə danışmaq");
    assertThat(messages.get(Language.RU, "chat.button.member")).isEqualTo("Связаться с консультантом");
  }

  private String rawText(Language language, String key) {
    return java.util.ResourceBundle.getBundle("i18n.messages", language.locale(),
        java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES))
        .getString(key);
  }

  private Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
