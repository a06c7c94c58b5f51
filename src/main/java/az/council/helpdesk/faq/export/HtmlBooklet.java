package az.council.helpdesk.faq.export;

import az.council.helpdesk.faq.Contact;
import az.council.helpdesk.faq.FaqEntry;
import az.council.helpdesk.faq.LocalizedText;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The document as one standalone HTML page the Council can open offline and print: no scripts, no external
 * files, a print style sheet that starts each booklet on a new page. Every piece of FAQ text is escaped.
 */
public final class HtmlBooklet implements BookletRenderer {
  private static final String STYLE = """
      body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; line-height: 1.45; color: #111;
             max-width: 46em; margin: 2em auto; padding: 0 1em; }
      h1 { font-size: 1.9em; margin-bottom: .2em; }
      h2 { border-bottom: 2px solid #333; margin-top: 2em; }
      h3 { color: #333; margin-top: 1.6em; }
      h4 { margin-bottom: .4em; }
      .council { font-size: 1.1em; margin-top: 0; }
      .generated, .meta { color: #444; font-size: .9em; }
      .entry { border-bottom: 1px solid #ccc; padding-bottom: .6em; }
      .needs-review { display: inline-block; background: #fff3cd; border: 1px solid #b58900; padding: .1em .5em;
                      font-weight: bold; }
      nav ul { list-style: none; padding-left: 1.2em; }
      nav > ul { padding-left: 0; }
      @page { margin: 2cm; }
      @media print {
        body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
        nav { break-after: page; }
        section.booklet, section.contacts { break-before: page; }
        .entry { break-inside: avoid; }
        a { color: inherit; text-decoration: none; }
        .needs-review { background: none; border: 1px solid #000; }
      }
      """;

  @Override
  public String render(BookletDocument document) {
    ExportLabels labels = document.labels();
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"").append(document.language().tag()).append("\">\n<head>\n");
    html.append("<meta charset=\"utf-8\">\n");
    html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html.append("<title>").append(escape(labels.title())).append("</title>\n");
    html.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    html.append("<header>\n<h1>").append(escape(labels.title())).append("</h1>\n");
    html.append("<p class=\"council\">").append(escape(labels.council())).append("</p>\n");
    html.append("<p class=\"generated\">").append(escape(labels.generated())).append("</p>\n");
    html.append("<p>").append(escape(labels.intro())).append("</p>\n</header>\n");
    tableOfContents(document, html);
    html.append("<main>\n");
    for (BookletDocument.Part part : document.parts()) {
      html.append("<section class=\"booklet\" id=\"").append(escape(part.anchor())).append("\">\n");
      html.append("<h2>").append(escape(part.title())).append("</h2>\n");
      for (BookletDocument.Section section : part.sections()) {
        html.append("<section class=\"topic\" id=\"").append(escape(section.anchor())).append("\">\n");
        html.append("<h3>").append(escape(section.title())).append("</h3>\n");
        section.items().forEach(item -> entry(document, item, html));
        html.append("</section>\n");
      }
      html.append("</section>\n");
    }
    contacts(document, html);
    html.append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void tableOfContents(BookletDocument document, StringBuilder html) {
    html.append("<nav>\n<h2>").append(escape(document.labels().contents())).append("</h2>\n<ul>\n");
    for (BookletDocument.Part part : document.parts()) {
      html.append("<li>").append(link(part.title(), part.anchor())).append("\n<ul>\n");
      for (BookletDocument.Section section : part.sections()) {
        html.append("<li>").append(link(section.title(), section.anchor())).append("\n<ul>\n");
        for (BookletDocument.Item item : section.items()) {
          FaqEntry entry = item.entry();
          html.append("<li>").append(link(entry.in(document.language()).question(), BookletDocument.entryAnchor(entry)));
          html.append(entry.needsReview() ? " ⚠" : "").append("</li>\n");
        }
        html.append("</ul></li>\n");
      }
      html.append("</ul></li>\n");
    }
    html.append("<li>").append(link(document.labels().contacts(), BookletDocument.CONTACTS_ANCHOR)).append("</li>\n");
    html.append("</ul>\n</nav>\n");
  }

  private static void entry(BookletDocument document, BookletDocument.Item item, StringBuilder html) {
    FaqEntry entry = item.entry();
    LocalizedText localized = entry.in(document.language());
    ExportLabels labels = document.labels();
    html.append("<article class=\"entry\" id=\"").append(escape(BookletDocument.entryAnchor(entry))).append("\">\n");
    html.append("<h4>").append(escape(localized.question())).append("</h4>\n");
    if (entry.needsReview()) {
      html.append("<p class=\"needs-review\">⚠ ").append(escape(labels.needsReview())).append("</p>\n");
    }
    for (AnswerBlocks.Block block : AnswerBlocks.parse(localized.answer())) {
      switch (block) {
        case AnswerBlocks.Paragraph p -> html.append("<p>")
            .append(p.lines().stream().map(HtmlBooklet::text).collect(Collectors.joining("<br>\n")))
            .append("</p>\n");
        case AnswerBlocks.Bullets b -> html.append("<ul>\n")
            .append(b.items().stream().map(i -> "<li>" + text(i) + "</li>\n").collect(Collectors.joining()))
            .append("</ul>\n");
      }
    }
    if (!item.seeAlso().isEmpty()) {
      html.append("<p class=\"meta\">").append(escape(labels.seeAlso())).append(": ");
      html.append(item.seeAlso().stream()
          .map(e -> link(e.in(document.language()).question(), BookletDocument.entryAnchor(e)))
          .collect(Collectors.joining("; ")));
      html.append("</p>\n");
    }
    html.append("<p class=\"meta\">").append(escape(labels.source())).append(": ").append(text(entry.source()));
    html.append("<br>\n").append(escape(labels.reviewed())).append(": ").append(entry.reviewed()).append("</p>\n");
    html.append("</article>\n");
  }

  private static void contacts(BookletDocument document, StringBuilder html) {
    ExportLabels labels = document.labels();
    html.append("<section class=\"contacts\" id=\"").append(BookletDocument.CONTACTS_ANCHOR).append("\">\n");
    html.append("<h2>").append(escape(labels.contacts())).append("</h2>\n");
    contactList(document, labels.emergencyContacts(), document.emergencyContacts(), html);
    contactList(document, labels.officialContacts(), document.officialContacts(), html);
    html.append("</section>\n");
  }

  private static void contactList(BookletDocument document, String title, List<Contact> contacts, StringBuilder html) {
    if (contacts.isEmpty()) {
      return;
    }
    html.append("<h3>").append(escape(title)).append("</h3>\n<ul>\n");
    for (Contact contact : contacts) {
      html.append("<li>");
      document.label(contact).ifPresent(label -> html.append("<strong>").append(escape(label.name())).append("</strong>: "));
      html.append(text(contact.value()));
      document.label(contact).filter(label -> !label.note().isBlank())
          .ifPresent(label -> html.append(" — ").append(text(label.note())));
      if (contact.needsReview()) {
        html.append(" <span class=\"needs-review\">⚠ ").append(escape(document.labels().needsReview())).append("</span>");
      }
      html.append("</li>\n");
    }
    html.append("</ul>\n");
  }

  private static String link(String title, String anchor) {
    return "<a href=\"#" + escape(anchor) + "\">" + escape(title) + "</a>";
  }

  /** FAQ text as HTML: web addresses become links, everything else is escaped. */
  static String text(String value) {
    StringBuilder out = new StringBuilder();
    for (Spans.Span span : Spans.of(value)) {
      switch (span) {
        case Spans.Text t -> out.append(escape(t.text()));
        case Spans.Link l -> out.append("<a href=\"").append(escape(l.url())).append("\">").append(escape(l.url()))
            .append("</a>");
      }
    }
    return out.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
