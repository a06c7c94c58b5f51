package az.council.helpdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.faq.Booklet;
import az.council.helpdesk.faq.Topic;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bundles read as the files they are (UTF-8), so a key missing in one language, or text in the wrong
 * script, fails here rather than in front of a migrant.
 */
final class MessageBundlesTest {
  private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final Map<Language, Map<String, String>> BUNDLES = new EnumMap<>(Language.class);

  @BeforeAll
  static void readBundles() {
    for (Language language : Language.values()) {
      BUNDLES.put(language, read("/i18n/messages_" + language.tag() + ".properties"));
    }
  }

  private static Map<String, String> read(String resource) {
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      Map<String, String> values = new HashMap<>();
      properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
      return values;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyKeyInAnyBundle_existsInAllThree() {
    Set<String> all = new TreeSet<>();
    BUNDLES.values().forEach(bundle -> all.addAll(bundle.keySet()));

    for (Language language : Language.values()) {
      assertThat(BUNDLES.get(language).keySet()).as("keys of messages_%s", language.tag()).containsAll(all);
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void noValueIsBlank(Language language) {
    assertThat(BUNDLES.get(language)).allSatisfy((key, value) -> assertThat(value).as(key).isNotBlank());
  }

  @Test
  void azerbaijani_isLatinWithSchwa() {
    Map<String, String> az = BUNDLES.get(Language.AZ);

    assertThat(az).allSatisfy((key, value) -> assertThat(CYRILLIC.matcher(value).find()).as("Cyrillic in %s", key)
        .isFalse());
    assertThat(az.values()).anySatisfy(value -> assertThat(value).contains("ə"));
  }

  @Test
  void russian_isCyrillic() {
    assertThat(BUNDLES.get(Language.RU)).allSatisfy((key, value) -> {
      if (LETTER.matcher(value).find()) {
        assertThat(CYRILLIC.matcher(value).find()).as("no Cyrillic in %s: %s", key, value).isTrue();
      }
    });
  }

  @Test
  void english_hasNoCyrillic() {
    assertThat(BUNDLES.get(Language.EN)).allSatisfy((key, value) ->
        assertThat(CYRILLIC.matcher(value).find()).as("Cyrillic in %s", key).isFalse());
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyTopicAndBookletHasAName(Language language) {
    Messages messages = new Messages();
    for (Topic topic : Topic.values()) {
      assertThat(messages.has(language, "topic." + topic.id())).as("topic.%s", topic.id()).isTrue();
      // Topic names label the bot's topic menu buttons: keep them short.
      assertThat(messages.get(language, "topic." + topic.id())).hasSizeLessThanOrEqualTo(32);
    }
    for (Booklet booklet : Booklet.values()) {
      assertThat(messages.has(language, "booklet." + booklet.id())).as("booklet.%s", booklet.id()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void messagesWithArguments_formatWithoutLosingApostrophes(Language language) {
    String text = new Messages().get(language, "faq.export.generated", "2026-03-14", 88, 40);

    assertThat(text).contains("2026-03-14", "88", "40").doesNotContain("{");
    if (language == Language.EN) {
      assertThat(text).contains("bot's");
    }
  }
}
