package az.council.helpdesk.faq;

import static az.council.helpdesk.faq.FaqFixture.entry;
import static az.council.helpdesk.faq.FaqFixture.named;
import static az.council.helpdesk.faq.ProblemAssert.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.i18n.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code faq check} reports for content the loader cannot accept, each at the editor's file:line. */
final class FaqLoaderTest {
  private static final String FILE = "registration.yaml";

  @TempDir Path temp;
  private FaqFixture faq;

  @BeforeEach
  void writeValidFolder() {
    faq = FaqFixture.writeInto(temp);
  }

  @Test
  void load_validFolder_readsEveryEntryAndContactWithNoProblems() {
    FaqFolder folder = faq.load();

    assertThat(folder.problems()).isEmpty();
    assertThat(folder.entries()).hasSize(Topic.values().length);
    assertThat(folder.contacts()).extracting(Contact::id).containsExactly("police", "sms-call-centre", "office");
    assertThat(faq.check()).isEmpty();
  }

  @Test
  void load_validFolder_recordsTheFileAndLineWhereEachEntryStarts() {
    FaqFolder.Located located = faq.load().entries().stream()
        .filter(l -> l.entry().id().equals("registration-sample")).findFirst().orElseThrow();

    assertThat(located.file()).isEqualTo(named(FILE));
    assertThat(located.line()).isEqualTo(faq.lineOf(FILE, "- id: registration-sample"));
  }

  @Test
  void load_contactPlaceholder_isExpandedInTheAnswersOwnLanguage() {
    FaqEntry entry = faq.load().plainEntries().get(0);

    assertThat(entry.in(Language.AZ).answer()).contains("Çağrı mərkəzi: 919").doesNotContain("{contact:");
    assertThat(entry.in(Language.RU).answer()).contains("Колл-центр: 919");
    assertThat(entry.in(Language.EN).answer()).contains("Call centre: 919");
  }

  @Test
  void load_invalidYaml_reportsTheLineOfTheSyntaxError() {
    faq.replace(FILE, "question: \"When is registration needed?\"", "question: \"When is registration needed?\" oops");

    // The whole file is unreadable, so its topic is also reported as having no entries.
    assertThat(faq.check()).anySatisfy(p -> {
      assertThat(p.toString()).startsWith(named(FILE) + ":" + faq.lineOf(FILE, "oops") + ": ");
      assertThat(p.message()).contains("not valid YAML");
    });
  }

  @Test
  void load_missingLanguageBlock_reportsTheEntryAndTheLanguage() {
    String yaml = entry("extra-entry", "registration", "guide", "Əlavə sual buradadır?", "Дополнительный вопрос?",
        "An additional question?");
    faq.append(FILE, yaml.substring(0, yaml.indexOf("    en:")));

    assertOnlyProblem(faq.check(), named(FILE), faq.lineOf(FILE, "- id: extra-entry"), "'extra-entry'", "'en'");
  }

  @Test
  void load_emptyQuestion_reportsTheEmptyValue() {
    faq.replace(FILE, "question: \"When is registration needed?\"", "question: \"\"");

    // The entry is dropped, so the registration topic is also reported as empty.
    assertThat(faq.check()).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo(named(FILE));
      assertThat(p.line()).isEqualTo(faq.lineOf(FILE, "question: \"\""));
      assertThat(p.message()).contains("(en)", "'question' is empty");
    });
  }

  @Test
  void load_unknownTopic_reportsTheTopicLineAndTheAllowedIds() {
    faq.append(FILE, entry("extra-entry", "visas", "guide", "Viza haqqında sual?", "Вопрос о визах?",
        "A question about visas?"));

    assertOnlyProblem(faq.check(), named(FILE), faq.lineOf(FILE, "topic: visas"), "unknown topic", "registration");
  }

  @Test
  void load_entryWithoutSource_reportsTheMissingSource() {
    String yaml = entry("extra-entry", "registration", "guide", "Mənbəsiz sual?", "Вопрос без источника?",
        "A question without a source?");
    faq.append(FILE, yaml.replaceFirst("(?m)^ +source:.*\\n", ""));

    assertOnlyProblem(faq.check(), named(FILE), faq.lineOf(FILE, "- id: extra-entry"), "missing 'source'");
  }

  @Test
  void load_unknownContact_reportsTheAnswerLine() {
    faq.replace(FILE, "Короткий ответ: {contact:sms-call-centre}", "Короткий ответ: {contact:no-such-office}");

    assertOnlyProblem(faq.check(), named(FILE), faq.lineOf(FILE, "answer: |", 2), "(ru)",
        "unknown contact 'no-such-office'");
  }

  @Test
  void load_reviewedIsNotADate_reportsTheReviewedLine() {
    faq.replace(FILE, "reviewed: " + FaqFixture.REVIEWED, "reviewed: 2026-13-40");

    assertThat(faq.check()).anySatisfy(p -> {
      assertThat(p.toString()).startsWith(named(FILE) + ":" + faq.lineOf(FILE, "reviewed: 2026-13-40") + ": ");
      assertThat(p.message()).contains("'reviewed' must be a date", "2026-13-40");
    });
  }

  @Test
  void load_missingContactsFile_isReportedNotThrown() throws IOException {
    Files.delete(faq.file(FaqLoader.CONTACTS_FILE));

    assertThat(faq.load().problems()).extracting(FaqProblem::message).contains("contacts file is missing");
  }

  @Test
  void load_missingFolder_isReportedNotThrown() {
    FaqFolder folder = FaqLoader.load(temp.resolve("nowhere"));

    assertThat(folder.entries()).isEmpty();
    assertThat(folder.problems()).extracting(FaqProblem::message).containsExactly("FAQ folder not found");
  }
}
