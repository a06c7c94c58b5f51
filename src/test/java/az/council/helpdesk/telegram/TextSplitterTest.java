package az.council.helpdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

final class TextSplitterTest {
  private final TextSplitter splitter = new TextSplitter(40);

  @Test
  void split_shortText_isOnePart() {
    assertThat(splitter.split("  Hello  ")).containsExactly("Hello");
  }

  @Test
  void split_blank_givesNothingBecauseTelegramRefusesEmptyMessages() {
    assertThat(splitter.split(" \n ")).isEmpty();
  }

  @Test
  void split_prefersParagraphBoundaries() {
    String text = "First paragraph is here.\n\nSecond one, also here.\n\nThird.";

    assertThat(splitter.split(text)).containsExactly("First paragraph is here.", "Second one, also here.\n\nThird.");
  }

  @Test
  void split_withoutParagraphs_fallsBackToLinesThenSpaces() {
    assertThat(splitter.split("line one is long enough\nline two is long enough"))
        .containsExactly("line one is long enough", "line two is long enough");
    assertThat(splitter.split("word ".repeat(12).strip()))
        .allSatisfy(part -> assertThat(part).doesNotStartWith(" ").doesNotEndWith(" ").hasSizeLessThanOrEqualTo(40));
  }

  @Test
  void split_neverCutsASurrogatePair() {
    String emoji = "😀".repeat(30); // 60 UTF-16 units, no spaces

    List<String> parts = splitter.split(emoji);

    assertThat(String.join("", parts)).isEqualTo(emoji);
    assertThat(parts).allSatisfy(p -> assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse());
  }

  @Test
  void telegramLimit_is4096() {
    String text = ("a".repeat(3000) + "\n\n").repeat(3);

    List<String> parts = TextSplitter.telegram().split(text);

    assertThat(parts).hasSize(3).allSatisfy(p -> assertThat(p).hasSize(3000));
  }

  @Property(tries = 500)
  void split_keepsEveryNonSpaceCharacterInOrder_andRespectsTheLimit(
      @ForAll @StringLength(max = 400) String text, @ForAll @IntRange(min = 2, max = 60) int limit) {
    List<String> parts = new TextSplitter(limit).split(text);

    assertThat(parts).allSatisfy(p -> assertThat(p.length()).isBetween(1, limit));
    assertThat(strip(String.join("", parts))).isEqualTo(strip(text));
  }

  private static String strip(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(out::appendCodePoint);
    return out.toString();
  }
}
