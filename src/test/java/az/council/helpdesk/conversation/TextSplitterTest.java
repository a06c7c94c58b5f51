package az.council.helpdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

final class TextSplitterTest {

  @Test
  void shortText_isOnePieceUnchanged() {
    String text = "Line one\n\nline _two_ *with* <b>marks</b> & more";
    assertThat(TextSplitter.split(text)).containsExactly(text);
    assertThat(TextSplitter.split("")).containsExactly("");
    assertThat(TextSplitter.split("x".repeat(4096))).containsExactly("x".repeat(4096));
  }

  @Test
  void splitsOnTheLastParagraphBreakThatFits() {
    String first = "a".repeat(3000);
    String second = "b ".repeat(500) + "\nline";
    String third = "c".repeat(2000);
    String fourth = "d".repeat(100);

    List<String> parts = TextSplitter.split(first + "\n\n" + second + "\n\n" + third + "\n\n" + fourth);

    assertThat(parts).containsExactly(first + "\n\n" + second, third + "\n\n" + fourth);
  }

  @Test
  void withoutParagraphs_splitsOnALineBreak_thenOnASpace() {
    String lines = "x".repeat(4000) + "\n" + "y".repeat(200);
    assertThat(TextSplitter.split(lines)).containsExactly("x".repeat(4000), "y".repeat(200));

    String words = ("word ".repeat(1000)).strip();
    List<String> parts = TextSplitter.split(words);
    assertThat(parts).hasSize(2).allSatisfy(p -> assertThat(p).startsWith("word").endsWith("word"));
    assertThat(String.join(" ", parts)).isEqualTo(words);
  }

  @Test
  void oneEnormousWord_isCutAtTheLimit_butNeverInsideAnEmoji() {
    String emoji = "😀".repeat(3000);
    List<String> parts = TextSplitter.split(emoji);

    assertThat(parts).allSatisfy(p -> {
      assertThat(p.length()).isLessThanOrEqualTo(4096);
      assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse();
      assertThat(Character.isLowSurrogate(p.charAt(0))).isFalse();
    });
    assertThat(String.join("", parts)).isEqualTo(emoji);
  }

  @Test
  void aLimitBelowTwo_isABug() {
    assertThatThrownBy(() -> TextSplitter.split("text", 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 200)
  void piecesFit_andKeepEveryNonSpaceCharacterInOrder(
      @ForAll @StringLength(max = 3000) String text, @ForAll @IntRange(min = 2, max = 300) int limit) {
    List<String> parts = TextSplitter.split(text, limit);

    assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(limit));
    assertThat(visible(String.join("", parts))).isEqualTo(visible(text));
  }

  /** Without the whitespace a cut may drop (String.strip's notion of whitespace). */
  private static String visible(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(out::appendCodePoint);
    return out.toString();
  }
}
