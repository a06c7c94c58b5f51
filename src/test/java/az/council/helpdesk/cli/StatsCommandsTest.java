package az.council.helpdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.stats.Inquiry;
import az.council.helpdesk.stats.Pseudonyms;
import az.council.helpdesk.stats.Report2022Seed;
import az.council.helpdesk.stats.SqliteInquiryLog;
import az.council.helpdesk.stats.SqliteMemberLog;
import az.council.helpdesk.store.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stats, export, report, import and purge commands through the real picocli parser. */
final class StatsCommandsTest {
  @TempDir static Path template;
  @TempDir Path dir;
  private Path data;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  /** Seeded once; each test works on its own copy, since import and purge change it. */
  @BeforeAll
  static void seed() {
    try (Database database = Database.open(template)) {
      Clock clock = Clock.systemUTC();
      SqliteInquiryLog log = new SqliteInquiryLog(database, Pseudonyms.inDirectory(template), clock);
      Report2022Seed.write(log, new SqliteMemberLog(database, clock));
      log.record(new Inquiry(Instant.parse("2022-03-01T10:00:00Z"), 1L, Language.RU, Optional.empty(),
          Optional.empty(), false, false, Inquiry.Source.BOT).withQuestion("Где купить сим-карту?"));
    }
  }

  @BeforeEach
  void copy() throws Exception {
    data = Files.createDirectories(dir.resolve("data"));
    try (var files = Files.list(template)) {
      for (Path file : files.toList()) {
        Files.copy(file, data.resolve(file.getFileName()));
      }
    }
  }

  @Test
  void stats_period_printsTheFigures() {
    Run run = run("stats", "--data", data.toString(), "--period", "2022", "--lang", "en");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("Statistics for 2022 (2022-01-01 – 2022-12-31)\nPersons: 156, inquiries: 182\n")
        .contains("  Ukraine — 58", "  1 × «Где купить сим-карту?»");
  }

  @Test
  void stats_badPeriodOrBoth_isAUsageError() {
    assertThat(run("stats", "--data", data.toString(), "--period", "2022-13").exit()).isEqualTo(ExitCode.USAGE);
    Run both = run("stats", "--data", data.toString(), "--period", "2022", "--from", "2022-01-01");
    assertThat(both.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(both.err()).contains("either --period or --from and --to");
    assertThat(run("stats", "--data", data.toString(), "--lang", "de").exit()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void stats_noDatabase_saysWhereItLooked() {
    Run run = run("stats", "--data", dir.resolve("nowhere").toString(), "--period", "2022");

    assertThat(run.exit()).isEqualTo(ExitCode.CONFIG);
    assertThat(run.err()).contains("No database at").contains("HELPDESK_DATA_DIR");
    assertThat(dir.resolve("nowhere")).doesNotExist();
  }

  @Test
  void report_printsTheParagraph() {
    Run run = run("stats", "report", "--data", data.toString(), "--year", "2022", "--lang", "ru");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("мигранты из Украины (58 человек), России (24 человека)",
        "обратились также 8 граждан Азербайджанской Республики");
  }

  @Test
  void export_eachFormat_writesItsFiles() throws Exception {
    Path csv = dir.resolve("out/stats.csv");
    Run csvRun = run("stats", "export", "--data", data.toString(), "--from", "2022-01-01", "--to", "2022-12-31",
        "--format", "csv", "--out", csv.toString(), "--separator", ";");
    Run xlsx = run("stats", "export", "--data", data.toString(), "--period", "2022", "--format", "XLSX", "--out",
        dir.toString());
    Run png = run("stats", "export", "--data", data.toString(), "--period", "2022-Q2", "--format", "png", "--out",
        dir.resolve("charts").toString(), "--lang", "ru");

    assertThat(csvRun.exit()).isZero();
    assertThat(new String(Files.readAllBytes(csv), StandardCharsets.UTF_8)).startsWith("\uFEFFsection;key;name;count\r\n");
    assertThat(xlsx.out().strip()).isEqualTo(dir.resolve("stats-2022.xlsx").toString());
    assertThat(dir.resolve("stats-2022.xlsx")).isNotEmptyFile();
    assertThat(png.exit()).isZero();
    assertThat(dir.resolve("charts/stats-2022-Q2-citizenship.png")).isNotEmptyFile();
    assertThat(dir.resolve("charts/stats-2022-Q2-topics.png")).isNotEmptyFile();
  }

  @Test
  void export_withoutAPeriodOrFormat_isAUsageError() {
    assertThat(run("stats", "export", "--data", data.toString(), "--format", "csv", "--out", "x.csv").exit())
        .isEqualTo(ExitCode.USAGE);
    assertThat(run("stats", "export", "--data", data.toString(), "--period", "2022", "--format", "pdf", "--out",
        "x.pdf").exit()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void import_addsTheConsultationsOnce() throws Exception {
    Path file = dir.resolve("offline.csv");
    Files.writeString(file, "date;citizenship;topic;outcome\n2022-12-01;Moldova;work-permit;resolved\n"
        + "02.12.2022;MD;;\n");

    Run first = run("stats", "import", "--data", data.toString(), "--csv", file.toString());
    Run again = run("stats", "import", "--data", data.toString(), "--csv", file.toString());
    Run stats = run("stats", "--data", data.toString(), "--period", "2022-12", "--lang", "en");

    assertThat(first.exit()).isZero();
    assertThat(first.out()).isEqualTo("Imported 2 offline consultations.\n");
    assertThat(again.exit()).isEqualTo(ExitCode.PROBLEMS);
    assertThat(again.err()).contains("already imported");
    assertThat(stats.out()).contains("  Moldova — 2");
  }

  @Test
  void import_badRows_importsNothingAndNamesTheLines() throws Exception {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "date,citizenship\n2022-12-01,MD\n2022-12-40,MD\n");

    Run run = run("stats", "import", "--data", data.toString(), "--csv", file.toString());

    assertThat(run.exit()).isEqualTo(ExitCode.PROBLEMS);
    assertThat(run.err()).contains("bad.csv: line 3: '2022-12-40' is not a date", "Nothing imported.");
    assertThat(run("stats", "--data", data.toString(), "--period", "2022-12", "--lang", "en").out())
        .doesNotContain("Moldova");
  }

  @Test
  void purge_deletesOldQuestionTexts() {
    Run kept = run("purge", "--data", data.toString(), "--older-than-days", "100000");
    Run purged = run("purge", "--data", data.toString(), "--older-than-days", "0");

    assertThat(kept.out()).isEqualTo("Deleted 0 question texts older than 100000 days.\n"
        + "Deleted 0 case texts older than 100000 days.\n");
    assertThat(purged.out()).isEqualTo("Deleted 1 question texts older than 0 days.\n"
        + "Deleted 0 case texts older than 0 days.\n");
    assertThat(run("stats", "--data", data.toString(), "--period", "2022", "--lang", "en").out())
        .doesNotContain("сим-карту").contains("Questions the bot could not answer confidently: 1");
  }

  @Test
  void help_listsTheNewCommands() {
    assertThat(run("--help").out()).contains("stats", "purge");
    assertThat(run("stats", "--help").out()).contains("export", "report", "import", "--period", "--from", "--to");
  }
}
