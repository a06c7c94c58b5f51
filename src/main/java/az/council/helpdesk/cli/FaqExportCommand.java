package az.council.helpdesk.cli;

import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.faq.FaqFolder;
import az.council.helpdesk.faq.FaqLoader;
import az.council.helpdesk.faq.export.BookletDocument;
import az.council.helpdesk.faq.export.BookletFormat;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code faq export}: the FAQ as a booklet-style document in one language, for review and printing. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write the FAQ in one language as a booklet: grouped by booklet and topic, with contents, "
        + "sources, review marks and contacts.")
final class FaqExportCommand implements Callable<Integer> {
  @Mixin FaqOption faq;

  @Option(names = "--lang", required = true, paramLabel = "az|ru|en", converter = LanguageConverter.class,
      description = "Language of the document.")
  Language language;

  @Option(names = "--format", defaultValue = "html", paramLabel = "md|html", converter = FormatConverter.class,
      description = "md (Markdown) or html (a standalone printable page) (default: ${DEFAULT-VALUE}).")
  BookletFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Optional<Path> out;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    FaqFolder folder = FaqLoader.load(faq.folder());
    if (folder.entries().isEmpty()) {
      throw UserFacingException.config("No FAQ entries found in " + faq.folder().toAbsolutePath()
          + ". Run from the repository root or pass --faq DIR.");
    }
    if (!folder.problems().isEmpty()) {
      // Export anyway so a reviewer is not blocked, but never silently: broken entries are missing.
      spec.commandLine().getErr().printf("warning: %d problem(s) in %s; entries with problems are left out. "
          + "Run 'faq check' to list them.%n", folder.problems().size(), faq.folder());
    }
    FaqCatalog catalog = new FaqCatalog(folder.plainEntries(), folder.contacts());
    BookletDocument document =
        BookletDocument.of(catalog, language, new Messages(), LocalDate.now(Clock.systemDefaultZone()));
    String text = format.renderer().render(document);
    PrintWriter stdout = spec.commandLine().getOut();
    if (out.isPresent()) {
      write(out.get(), text);
      stdout.printf("Wrote %d entries (%s, %s) to %s%n", document.entries().size(), language.tag(), format.id(),
          out.get());
    } else {
      stdout.print(text);
    }
    stdout.flush();
    return ExitCode.OK;
  }

  private static void write(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserFacingException(ExitCode.USAGE, "Cannot write " + file + ": " + e.getMessage());
    }
  }

  /** Accepts az, ru or en. */
  static final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      return Language.fromTag(value)
          .orElseThrow(() -> new TypeConversionException("'" + value + "' is not az, ru or en"));
    }
  }

  /** Accepts md or html. */
  static final class FormatConverter implements ITypeConverter<BookletFormat> {
    @Override
    public BookletFormat convert(String value) {
      return BookletFormat.fromId(value)
          .orElseThrow(() -> new TypeConversionException("'" + value + "' is not md or html"));
    }
  }
}
