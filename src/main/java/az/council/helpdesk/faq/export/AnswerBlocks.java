package az.council.helpdesk.faq.export;

import java.util.ArrayList;
import java.util.List;

/**
 * An answer's layout as writers type it in the YAML: paragraphs separated by blank lines, lines starting
 * with "• " forming a bullet list. Line breaks inside a paragraph are kept (writers use them for a lead-in
 * line such as "What to bring:").
 */
final class AnswerBlocks {
  static final String BULLET = "• ";

  private AnswerBlocks() {}

  /** A block of an answer. */
  sealed interface Block permits Paragraph, Bullets {}

  /** Lines shown one under the other. */
  record Paragraph(List<String> lines) implements Block {
    Paragraph {
      lines = List.copyOf(lines);
    }
  }

  /** Consecutive bullet lines, without their bullet. */
  record Bullets(List<String> items) implements Block {
    Bullets {
      items = List.copyOf(items);
    }
  }

  static List<Block> parse(String answer) {
    List<Block> blocks = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    List<String> items = new ArrayList<>();
    for (String raw : answer.strip().split("\\R")) {
      String line = raw.strip();
      if (line.startsWith(BULLET.strip())) {
        flushParagraph(blocks, lines);
        items.add(line.substring(1).strip());
      } else {
        flushBullets(blocks, items);
        if (line.isEmpty()) {
          flushParagraph(blocks, lines);
        } else {
          lines.add(line);
        }
      }
    }
    flushParagraph(blocks, lines);
    flushBullets(blocks, items);
    return blocks;
  }

  private static void flushParagraph(List<Block> blocks, List<String> lines) {
    if (!lines.isEmpty()) {
      blocks.add(new Paragraph(lines));
      lines.clear();
    }
  }

  private static void flushBullets(List<Block> blocks, List<String> items) {
    if (!items.isEmpty()) {
      blocks.add(new Bullets(items));
      items.clear();
    }
  }
}
