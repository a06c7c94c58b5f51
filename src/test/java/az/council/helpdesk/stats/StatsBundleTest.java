package az.council.helpdesk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.stats.report.PluralForm;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class StatsBundleTest {
  private final Messages messages = new Messages();

  @Test
  void everyStatsKey_existsInAllThreeLanguages() {
    Set<String> all = new HashSet<>();
    for (Language language : Language.values()) {
      all.addAll(messages.keys(language).stream().filter(k -> k.startsWith("stats.")).collect(Collectors.toSet()));
    }
    for (Language language : Language.values()) {
      assertThat(all).as(language.tag()).allMatch(key -> messages.has(language, key));
    }
  }

  @Test
  void everyLabelTheCodeAsksFor_exists() {
    List<String> keys = new ArrayList<>();
    for (Topic topic : Topic.values()) {
      keys.add("stats.topic." + topic.id());
      keys.add("stats.report.topic." + topic.id());
    }
    for (Outcome outcome : Outcome.values()) {
      keys.add("stats.outcome." + outcome.id());
    }
    for (Inquiry.Source source : Inquiry.Source.values()) {
      keys.add("stats.source." + source.id());
    }
    for (Language language : Language.values()) {
      keys.add("stats.language." + language.tag());
    }
    for (PluralForm form : PluralForm.values()) {
      keys.add("stats.report.people." + form.key());
      keys.add("stats.report.total.exact." + form.key());
      keys.add("stats.report.abroad." + form.key());
    }
    for (String special : List.of("azerbaijani-abroad", "stateless", "unknown")) {
      keys.add("stats.citizenship." + special);
    }
    for (Language language : Language.values()) {
      assertThat(keys).as(language.tag()).allMatch(key -> messages.has(language, key));
    }
  }

  @Test
  void azerbaijaniAndRussianTexts_useTheirOwnAlphabets() {
    assertThat(messages.get(Language.AZ, "stats.report.intro")).contains("ə").doesNotContainPattern("[а-я]");
    assertThat(messages.get(Language.RU, "stats.report.intro")).containsPattern("[а-я]").doesNotContain("ə");
  }
}
