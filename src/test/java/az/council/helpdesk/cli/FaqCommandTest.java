package az.council.helpdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.faq.FaqEntry;
import az.council.helpdesk.faq.FaqFixture;
import az.council.helpdesk.faq.Topic;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code faq check} and {@code faq stats} through the real picocli parser. */
final class FaqCommandTest {
  @TempDir Path temp;

  @Test
  void check_committedFaq_exitsZeroAndSaysNoProblems() {
    CommandLineRun run = CommandLineRun.of("faq", "check", "--faq", "faq");

    assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).endsWith("0 problems" + System.lineSeparator());
  }

  @Test
  void check_brokenFolder_exitsOneAndListsEachProblemAsFileLine() {
    FaqFixture faq = FaqFixture.writeInto(temp);
    faq.replace("registration.yaml", "see: []", "see: [no-such-entry]");
    faq.replace("asylum.yaml", "Короткий ответ: {contact:sms-call-centre}", "Короткий ответ: {contact:nobody}");

    CommandLineRun run = CommandLineRun.of("faq", "check", "--faq", faq.folder().toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.PROBLEMS);
    assertThat(run.out().lines().toList()).containsExactly(
        "faq/asylum.yaml:" + faq.lineOf("asylum.yaml", "answer: |", 2)
            + ": entry 'asylum-sample' (ru) refers to unknown contact 'nobody' (see contacts.yaml)",
        "faq/registration.yaml:" + faq.lineOf("registration.yaml", "- id: registration-sample")
            + ": registration-sample: 'see' names unknown entry 'no-such-entry'",
        "9 entries, 3 contacts, 2 problems");
  }

  @Test
  void check_missingFolder_exitsOne() {
    CommandLineRun run = CommandLineRun.of("faq", "check", "--faq", temp.resolve("nowhere").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.PROBLEMS);
    assertThat(run.out()).contains("FAQ folder not found");
  }

  @Test
  void stats_countsEntriesPerTopicBookletAndLanguageAndThoseNeedingReview() {
    FaqFixture faq = FaqFixture.writeInto(temp);
    faq.replace("asylum.yaml", "needs-review: false", "needs-review: true");

    CommandLineRun run = CommandLineRun.of("faq", "stats", "--faq", faq.folder().toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out().lines().map(String::strip).toList()).contains(
        "topic                  entries needs review",
        "asylum                       1            1",
        "registration                 1            0",
        "temporary-stay               2",
        "rights-and-duties            2",
        "permanent-residence          1",
        "az                           9",
        "ru                           9",
        "en                           9",
        "total 9 entries, 1 need review");
  }

  @Test
  void stats_committedFaq_totalsMatchTheCatalog() {
    FaqCatalog catalog = FaqCatalog.load(Path.of("faq"));
    long needsReview = catalog.entries().stream().filter(FaqEntry::needsReview).count();

    CommandLineRun run = CommandLineRun.of("faq", "stats", "--faq", "faq");

    assertThat(run.out()).contains("total " + catalog.size() + " entries, " + needsReview + " need review");
    for (Topic topic : Topic.values()) {
      assertThat(run.out()).containsPattern("(?m)^" + topic.id() + " +" + catalog.byTopic(topic).size() + " ");
    }
  }

  @Test
  void faq_withoutSubcommand_printsUsageListingExport() {
    CommandLineRun run = CommandLineRun.of("faq");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("check", "stats", "export");
  }
}
