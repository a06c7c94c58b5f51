package az.council.helpdesk.fakeapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Entity parsing as Telegram (TDLib) does it: what it accepts, what it shows, and its error texts. */
final class FormattedTextTest {

  @Test
  void html_decodesEntities_keepsStrayAmpersands_andReportsUtf16Offsets() {
    FormattedText t = parse("HTML", "😀 <b>Qeydiyyat</b> &lt;30 gün&gt; &amp; A&B <a href=\"https://migration.gov.az\">link</a>");

    assertThat(t.text()).isEqualTo("😀 Qeydiyyat <30 gün> & A&B link");
    assertThat(entities(t)).containsExactly("bold@3+9", "text_link@28+4");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<b>open|Can't find end tag corresponding to start tag \"b\"",
      "<b>x</i>|Unmatched end tag at byte offset 4, expected \"</b>\", found \"</i>\"",
      "a <script>|Unsupported start tag \"script\" at byte offset 2",
      "1 < 2|Unsupported start tag \"\" at byte offset 2",
      "</b>|Unexpected end tag at byte offset 0",
      "<span>x</span>|Tag \"span\" must have class \"tg-spoiler\" at byte offset 0",
  })
  void html_rejectsWhatTelegramRejects(String text, String error) {
    assertThatThrownBy(() -> parse("HTML", text)).isInstanceOf(ApiError.class)
        .hasMessage("Bad Request: can't parse entities: " + error);
  }

  @Test
  void markdownV2_acceptsEscapedReservedCharacters_andNestedEntities() {
    FormattedText t = parse("MarkdownV2", "*Qeyd \\(vacib\\)\\!* _bax: [sayt](https://e\\.gov\\.az)_ \\_\\*\\[\\]\\~\\`\\>\\#\\+\\-\\=\\|\\{\\}\\.\\!");

    assertThat(t.text()).isEqualTo("Qeyd (vacib)! bax: sayt _*[]~`>#+-=|{}.!");
    assertThat(entities(t)).containsExactly("bold@0+13", "italic@14+9", "text_link@19+4");
    assertThat(t.entities().get(2).path("url").asText()).isEqualTo("https://e.gov.az");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Zəng edin: 112.|Character '.' is reserved and must be escaped with the preceding '\\'",
      "a-b|Character '-' is reserved and must be escaped with the preceding '\\'",
      "(note)|Character '(' is reserved and must be escaped with the preceding '\\'",
      "*bold|Can't find end of Bold entity at byte offset 0",
      "ə _x|Can't find end of Italic entity at byte offset 3",
  })
  void markdownV2_rejectsUnescapedReservedCharacters(String text, String error) {
    assertThatThrownBy(() -> parse("MarkdownV2", text)).isInstanceOf(ApiError.class)
        .hasMessage("Bad Request: can't parse entities: " + error);
  }

  @Test
  void markdownV2_insideCode_onlyBacktickAndBackslashNeedEscaping() {
    FormattedText t = parse("MarkdownV2", "`a.b-c (d)` ```java\nint x = 1;\n```");

    assertThat(t.text()).isEqualTo("a.b-c (d) int x = 1;\n");
    assertThat(entities(t)).containsExactly("code@0+9", "pre@10+11");
    assertThat(t.entities().get(1).path("language").asText()).isEqualTo("java");
  }

  @Test
  void markdownV2_quotesLinesThatStartWithGreaterThan() {
    FormattedText t = parse("MarkdownV2", ">quoted\n>more\nplain");

    assertThat(t.text()).isEqualTo("quoted\nmore\nplain");
    assertThat(entities(t)).containsExactly("blockquote@0+11");
  }

  @Test
  void legacyMarkdown_parsesAndRejectsUnclosedEntities() {
    assertThat(entities(parse("Markdown", "*a* _b_ `c` [d](http://x.az)")))
        .containsExactly("bold@0+1", "italic@2+1", "code@4+1", "text_link@6+1");
    assertThatThrownBy(() -> parse("Markdown", "snake_case")).isInstanceOf(ApiError.class)
        .hasMessage("Bad Request: can't parse entities: Can't find end of the entity starting at byte offset 5");
  }

  @Test
  void plainText_keepsEverythingAndCountsCharactersNotUnits() {
    FormattedText t = parse("", "<b>*_ 😀");

    assertThat(t.text()).isEqualTo("<b>*_ 😀");
    assertThat(t.length()).isEqualTo(7); // the emoji is one character, two UTF-16 units
  }

  @Test
  void loneSurrogates_areNotUtf8() {
    assertThatThrownBy(() -> parse("", "bad \uD800 text")).isInstanceOf(ApiError.class)
        .hasMessage("Bad Request: text must be encoded in UTF-8");
  }

  private static FormattedText parse(String mode, String text) {
    return FormattedText.parse(text, mode.isEmpty() ? Optional.empty() : Optional.of(mode), Optional.empty());
  }

  private static List<String> entities(FormattedText t) {
    return StreamSupport.stream(t.entities().spliterator(), false)
        .map((JsonNode e) -> e.path("type").asText() + "@" + e.path("offset").asInt() + "+" + e.path("length").asInt())
        .toList();
  }
}
