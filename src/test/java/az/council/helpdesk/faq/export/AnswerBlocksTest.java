package az.council.helpdesk.faq.export;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.faq.export.AnswerBlocks.Bullets;
import az.council.helpdesk.faq.export.AnswerBlocks.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

final class AnswerBlocksTest {
  @Test
  void parse_blankLinesSeparateParagraphsAndBulletLinesFormALists() {
    String answer = """
        First paragraph.

        What to bring:
        • passport;
        • photo.

        Tap “Talk to a member”.
        """;

    assertThat(AnswerBlocks.parse(answer)).containsExactly(
        new Paragraph(List.of("First paragraph.")),
        new Paragraph(List.of("What to bring:")),
        new Bullets(List.of("passport;", "photo.")),
        new Paragraph(List.of("Tap “Talk to a member”.")));
  }

  @Test
  void parse_keepsLineBreaksInsideAParagraph() {
    assertThat(AnswerBlocks.parse("Line one\nline two")).containsExactly(new Paragraph(List.of("Line one", "line two")));
  }

  @Test
  void parse_aBlankLineBetweenBulletsSplitsTheList() {
    assertThat(AnswerBlocks.parse("• a\n\n• b")).containsExactly(new Bullets(List.of("a")), new Bullets(List.of("b")));
  }

  @Test
  void parse_onlyTheBulletCharacterMakesAListItem() {
    assertThat(AnswerBlocks.parse("- dash\n* star\n1. one"))
        .containsExactly(new Paragraph(List.of("- dash", "* star", "1. one")));
  }
}
