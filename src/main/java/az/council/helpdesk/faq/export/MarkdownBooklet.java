package az.council.helpdesk.faq.export;

import az.council.helpdesk.faq.Contact;
import az.council.helpdesk.faq.FaqEntry;
import az.council.helpdesk.faq.LocalizedText;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The document as CommonMark. Headings get explicit {@code <a id>} anchors because generated heading ids
 * differ between renderers and drop non-Latin letters; the table of contents links to them.
 */
public final class MarkdownBooklet implements BookletRenderer {
  /** Characters that can start Markdown syntax anywhere in a line. */
  private static final String SPECIAL = "\\`*_[]<>|~#&";
  /** Line starts that would turn text into a list item, heading underline or thematic break. */
  private static final Pattern BLOCK_START = Pattern.compile("^([-+=]|\\d+[.)])");

  @Override
  public String render(BookletDocument document) {
    ExportLabels labels = document.labels();
    StringBuilder md = new StringBuilder();
    md.append("# ").append(plain(labels.title())).append("\n\n");
    md.append(line(labels.council())).append("\n\n");
    md.append('*').append(text(labels.generated())).append("*\n\n");
    md.append(line(labels.intro())).append("\n\n");
    tableOfContents(document, md);
    for (BookletDocument.Part part : document.parts()) {
      heading(md, 2, part.anchor(), part.title());
      for (BookletDocument.Section section : part.sections()) {
        heading(md, 3, section.anchor(), section.title());
        for (BookletDocument.Item item : section.items()) {
          entry(document, item, md);
        }
      }
    }
    contacts(document, md);
    return md.toString();
  }

  private static void tableOfContents(BookletDocument document, StringBuilder md) {
    md.append("## ").append(plain(document.labels().contents())).append("\n\n");
    for (BookletDocument.Part part : document.parts()) {
      md.append("- ").append(link(part.title(), part.anchor())).append('\n');
      for (BookletDocument.Section section : part.sections()) {
        md.append("  - ").append(link(section.title(), section.anchor())).append('\n');
        for (BookletDocument.Item item : section.items()) {
          FaqEntry entry = item.entry();
          md.append("    - ").append(link(entry.in(document.language()).question(), BookletDocument.entryAnchor(entry)));
          md.append(entry.needsReview() ? " ⚠" : "").append('\n');
        }
      }
    }
    md.append("- ").append(link(document.labels().contacts(), BookletDocument.CONTACTS_ANCHOR)).append("\n\n");
  }

  private static void entry(BookletDocument document, BookletDocument.Item item, StringBuilder md) {
    FaqEntry entry = item.entry();
    LocalizedText localized = entry.in(document.language());
    ExportLabels labels = document.labels();
    heading(md, 4, BookletDocument.entryAnchor(entry), localized.question());
    if (entry.needsReview()) {
      md.append("> ⚠ **").append(text(labels.needsReview())).append("**\n\n");
    }
    for (AnswerBlocks.Block block : AnswerBlocks.parse(localized.answer())) {
      switch (block) {
        case AnswerBlocks.Paragraph p ->
            // A backslash at the end of a line is CommonMark's hard line break.
            md.append(p.lines().stream().map(MarkdownBooklet::line).collect(Collectors.joining("\\\n")));
        case AnswerBlocks.Bullets b ->
            md.append(b.items().stream().map(i -> "- " + line(i)).collect(Collectors.joining("\n")));
      }
      md.append("\n\n");
    }
    if (!item.seeAlso().isEmpty()) {
      md.append('*').append(text(labels.seeAlso())).append(":* ");
      md.append(item.seeAlso().stream()
          .map(e -> link(e.in(document.language()).question(), BookletDocument.entryAnchor(e)))
          .collect(Collectors.joining("; ")));
      md.append("\n\n");
    }
    md.append('*').append(text(labels.source())).append(":* ").append(text(entry.source())).append("\\\n");
    md.append('*').append(text(labels.reviewed())).append(":* ").append(entry.reviewed()).append("\n\n");
  }

  private static void contacts(BookletDocument document, StringBuilder md) {
    ExportLabels labels = document.labels();
    heading(md, 2, BookletDocument.CONTACTS_ANCHOR, labels.contacts());
    contactList(document, labels.emergencyContacts(), document.emergencyContacts(), md);
    contactList(document, labels.officialContacts(), document.officialContacts(), md);
  }

  private static void contactList(BookletDocument document, String title, List<Contact> contacts, StringBuilder md) {
    if (contacts.isEmpty()) {
      return;
    }
    md.append("### ").append(plain(title)).append("\n\n");
    for (Contact contact : contacts) {
      md.append("- ");
      document.label(contact).ifPresent(label -> md.append("**").append(text(label.name())).append("**: "));
      // Without a name the value starts the list item, where "1." would open a nested list.
      md.append(document.label(contact).isPresent() ? text(contact.value()) : line(contact.value()));
      document.label(contact).filter(label -> !label.note().isBlank())
          .ifPresent(label -> md.append(" — ").append(text(label.note())));
      md.append(contact.needsReview() ? " ⚠ *" + text(document.labels().needsReview()) + "*" : "").append('\n');
    }
    md.append('\n');
  }

  private static void heading(StringBuilder md, int level, String anchor, String title) {
    md.append("<a id=\"").append(anchor).append("\"></a>\n");
    md.append("#".repeat(level)).append(' ').append(plain(title)).append("\n\n");
  }

  private static String link(String title, String anchor) {
    return "[" + plain(title) + "](#" + anchor + ")";
  }

  /** FAQ text that starts a line: also kept from opening a list, heading underline or thematic break. */
  static String line(String value) {
    String escaped = text(value);
    return BLOCK_START.matcher(escaped).find() ? escapeBlockStart(escaped) : escaped;
  }

  /** Text with no links in it: headings, and link titles, where a link inside would break the outer one. */
  static String plain(String value) {
    return escape(oneLine(value));
  }

  /** FAQ text as Markdown: web addresses become autolinks, everything else is escaped. */
  static String text(String value) {
    StringBuilder out = new StringBuilder();
    for (Spans.Span span : Spans.of(oneLine(value))) {
      switch (span) {
        case Spans.Text t -> out.append(escape(t.text()));
        case Spans.Link l -> out.append('<').append(l.url()).append('>');
      }
    }
    return out.toString();
  }

  /** Text units are single lines here; a stray line break would end a heading or list item early. */
  static String oneLine(String value) {
    return value.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** "1. text" or "- text" at the start of a line: the backslash goes before the punctuation. */
  private static String escapeBlockStart(String line) {
    int digits = 0;
    while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
      digits++;
    }
    return line.substring(0, digits) + "\\" + line.substring(digits);
  }
}
