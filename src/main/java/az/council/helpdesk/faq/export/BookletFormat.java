package az.council.helpdesk.faq.export;

import java.util.Optional;

/** The formats {@code faq export --format} writes, by their command-line id. */
public enum BookletFormat {
  MARKDOWN("md"),
  HTML("html");

  private final String id;

  BookletFormat(String id) {
    this.id = id;
  }

  /** The id on the command line, also the usual file extension. */
  public String id() {
    return id;
  }

  public BookletRenderer renderer() {
    return switch (this) {
      case MARKDOWN -> new MarkdownBooklet();
      case HTML -> new HtmlBooklet();
    };
  }

  public static Optional<BookletFormat> fromId(String id) {
    for (BookletFormat format : values()) {
      if (format.id.equals(id)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
