package az.council.helpdesk.cases;

import az.council.helpdesk.stats.Outcome;
import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.conversation.Action.HandOff;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.triage.Urgency;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The case.* and staff.* texts exist in all three languages, in the right script, and format. */
final class CaseMessagesTest {
  private final Messages messages = new Messages();

  @Test
  void everyCaseAndStaffKey_existsInAllThreeLanguages() {
    List<String> keys = keys(Language.EN);
    assertThat(keys).hasSizeGreaterThan(100);
    for (Language language : Language.values()) {
      assertThat(keys(language)).as(language.tag()).containsExactlyInAnyOrderElementsOf(keys);
    }
  }

  @Test
  void theKeysBuiltFromEnumsExist() {
    List<String> built = new ArrayList<>();
    Arrays.stream(Urgency.values()).forEach(u -> built.add("staff.urgency." + u.name()));
    Arrays.stream(HandOff.Reason.values()).forEach(r -> built.add("staff.reason." + r.name()));
    Arrays.stream(Outcome.values()).forEach(o -> built.add("staff.outcome." + o.id()));
    Arrays.stream(Role.values()).forEach(r -> built.add("staff.role." + r.id()));
    IntStream.rangeClosed(1, 7).forEach(d -> built.add("case.day." + d));
    Stream.of("stateless", "azerbaijani-abroad", "unknown").forEach(c -> built.add("staff.citizenship." + c));
    for (Language language : Language.values()) {
      assertThat(built).allSatisfy(key -> assertThat(messages.has(language, key)).as(language.tag() + " " + key).isTrue());
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyTextIsAValidPattern_inItsOwnScript(Language language) {
    for (String key : keys(language)) {
      String text = messages.get(language, key, "", "", "", "");
      assertThat(text).as(key).doesNotContain("{");
      new MessageFormat(messages.get(language, key).replace("'", "''"));
      String words = text.replaceAll("(/\\w+|[A-Z_]{3,}|@\\w+|\\b(id|az|ru|en|resolved|referred|no-response|out-of-scope|"
          + "member|secretary|admin|username|FAQ|UTC)\\b)", "");
      switch (language) {
        case AZ, EN -> assertThat(words).as(key).doesNotContainPattern("\\p{IsCyrillic}");
        case RU -> assertThat(words).as(key).matches(w -> w.codePoints().anyMatch(
            c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC) || w.codePoints()
            .noneMatch(Character::isLetter), "is Russian");
      }
    }
  }

  @Test
  void azerbaijaniUsesItsOwnLetters() {
    assertThat(messages.get(Language.AZ, "case.opened", "1")).contains("İctimai Şura", "müraciət", "göndərildi");
  }

  private List<String> keys(Language language) {
    return messages.keys(language).stream().filter(k -> k.startsWith("case.") || k.startsWith("staff.")).sorted()
        .toList();
  }
}
