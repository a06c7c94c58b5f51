package az.council.helpdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.faq.FaqFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code faq export} through the real picocli parser. */
final class FaqExportCommandTest {
  @TempDir Path temp;

  @Test
  void export_markdownToStandardOutput() {
    FaqFixture faq = FaqFixture.writeInto(temp);

    CommandLineRun run = CommandLineRun.of("faq", "export", "--lang", "ru", "--format", "md", "--faq",
        faq.folder().toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).startsWith("# Вопросы и ответы для мигрантов в Азербайджане")
        .contains("#### Когда нужна регистрация?");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void export_htmlIsTheDefaultFormatAndOutWritesAUtf8File() throws IOException {
    FaqFixture faq = FaqFixture.writeInto(temp);
    Path file = temp.resolve("print/booklet-az.html");

    CommandLineRun run = CommandLineRun.of("faq", "export", "--lang", "az", "--out", file.toString(), "--faq",
        faq.folder().toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).isEqualTo("Wrote 9 entries (az, html) to " + file + System.lineSeparator());
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"az\">", "<meta charset=\"utf-8\">", "Qeydiyyat nə vaxt lazımdır?");
  }

  @Test
  void export_committedFaqInEveryLanguage_exitsZero() {
    for (String language : new String[] {"az", "ru", "en"}) {
      CommandLineRun run = CommandLineRun.of("faq", "export", "--lang", language, "--faq", "faq");

      assertThat(run.exitCode()).as(language).isEqualTo(ExitCode.OK);
      assertThat(run.out()).as(language).contains("<html lang=\"" + language + "\">").endsWith("</html>\n");
    }
  }

  @Test
  void export_folderWithProblems_stillExportsButWarns() {
    FaqFixture faq = FaqFixture.writeInto(temp);
    faq.replace("asylum.yaml", "topic: asylum\n    booklet", "topic: visas\n    booklet");

    CommandLineRun run = CommandLineRun.of("faq", "export", "--lang", "en", "--faq", faq.folder().toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.err()).contains("1 problem(s)", "faq check");
    assertThat(run.out()).doesNotContain("Where do I ask for asylum?").contains("When is registration needed?");
  }

  @Test
  void export_unknownLanguage_isAUsageError() {
    CommandLineRun run = CommandLineRun.of("faq", "export", "--lang", "fr", "--faq", "faq");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("'fr' is not az, ru or en");
  }

  @Test
  void export_unknownFormat_isAUsageError() {
    CommandLineRun run = CommandLineRun.of("faq", "export", "--lang", "en", "--format", "pdf", "--faq", "faq");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("'pdf' is not md or html");
  }

  @Test
  void export_withoutLanguage_isAUsageError() {
    CommandLineRun run = CommandLineRun.of("faq", "export", "--faq", "faq");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--lang");
  }

  @Test
  void export_folderWithoutEntries_isAConfigurationError() {
    CommandLineRun run = CommandLineRun.of("faq", "export", "--lang", "en", "--faq", temp.resolve("nowhere").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIG);
    assertThat(run.err()).contains("No FAQ entries found", "--faq");
  }

  @Test
  void export_unwritableOutFile_isReportedWithoutAStackTrace() throws IOException {
    FaqFixture faq = FaqFixture.writeInto(temp);
    Path blocker = Files.writeString(temp.resolve("a-file"), "");

    CommandLineRun run = CommandLineRun.of("faq", "export", "--lang", "en", "--out",
        blocker.resolve("booklet.html").toString(), "--faq", faq.folder().toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("Cannot write ").doesNotContain("Exception\n\tat");
  }
}
