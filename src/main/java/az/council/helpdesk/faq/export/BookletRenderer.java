package az.council.helpdesk.faq.export;

/** Writes a {@link BookletDocument} in one format; all FAQ text is escaped for that format. */
public sealed interface BookletRenderer permits MarkdownBooklet, HtmlBooklet {
  String render(BookletDocument document);
}
