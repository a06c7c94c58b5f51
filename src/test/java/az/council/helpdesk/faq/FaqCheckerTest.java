package az.council.helpdesk.faq;

import static az.council.helpdesk.faq.FaqFixture.entry;
import static az.council.helpdesk.faq.FaqFixture.named;
import static az.council.helpdesk.faq.ProblemAssert.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks {@code faq check} makes across the whole folder, each reported at the editor's file:line. */
final class FaqCheckerTest {
  private static final String FILE = "registration.yaml";
  /** Loaded after {@link #FILE}: files are read in name order. */
  private static final String OTHER = "work-permit.yaml";
  /** What follows the first paragraph of the fixture's English answer. */
  private static final String EN_TAIL = "\n\n• First step.\n• Second step.";

  @TempDir Path temp;
  private FaqFixture faq;

  @BeforeEach
  void writeValidFolder() {
    faq = FaqFixture.writeInto(temp);
  }

  @Test
  void check_duplicateId_reportsTheSecondEntryAndWhereTheFirstIs() {
    faq.append(OTHER, entry("registration-sample", "work-permit", "guide", "Başqa bir sual yazılıb?",
        "Совсем другой вопрос?", "A completely different question?"));

    assertOnlyProblem(faq.check(), named(OTHER), faq.lineOf(OTHER, "- id: registration-sample"),
        "duplicate id 'registration-sample'", "first at " + named(FILE) + ":"
            + faq.lineOf(FILE, "- id: registration-sample"));
  }

  @Test
  void check_answerLongerThanTheLimit_reportsItsLength() {
    String longAnswer = "Long answer. ".repeat(100).strip();
    faq.replace(FILE, "A short answer: {contact:sms-call-centre}.", longAnswer);

    assertOnlyProblem(faq.check(), named(FILE), faq.lineOf(FILE, "- id: registration-sample"),
        "registration-sample (en)", "answer has " + (longAnswer + EN_TAIL).length() + " characters",
        "limit is " + FaqChecker.MAX_ANSWER_CHARS);
  }

  @Test
  void check_answerLongerThanATelegramMessage_saysSo() {
    faq.replace(FILE, "A short answer: {contact:sms-call-centre}.", "x".repeat(FaqChecker.TELEGRAM_MESSAGE_CHARS));

    assertOnlyProblem(faq.check(), named(FILE), faq.lineOf(FILE, "- id: registration-sample"), "(en)",
        "more than one Telegram message");
  }

  @Test
  void check_answerAtTheLimit_isAccepted() {
    String padding = "y".repeat(FaqChecker.MAX_ANSWER_CHARS - ("A short answer." + EN_TAIL).length());
    faq.replace(FILE, "A short answer: {contact:sms-call-centre}.", "A short answer." + padding);

    assertThat(faq.check()).isEmpty();
  }

  @Test
  void check_fewerThanThreeOtherPhrasings_isReported() {
    faq.replace(FILE, "also: [\"первый вопрос\", \"второй вопрос\", \"третий вопрос\"]", "also: [\"первый вопрос\"]");

    assertOnlyProblem(faq.check(), named(FILE), faq.lineOf(FILE, "- id: registration-sample"), "(ru)",
        "'also' has 1 phrasings");
  }

  @Test
  void check_seeNamesAnUnknownEntry_isReported() {
    faq.replace(FILE, "see: []", "see: [citizenship-sample, no-such-entry]");

    assertOnlyProblem(faq.check(), named(FILE), faq.lineOf(FILE, "- id: registration-sample"),
        "'see' names unknown entry 'no-such-entry'");
  }

  @Test
  void check_seeNamesTheEntryItself_isReported() {
    faq.replace(FILE, "see: []", "see: [registration-sample]");

    assertOnlyProblem(faq.check(), named(FILE), faq.lineOf(FILE, "- id: registration-sample"), "lists the entry itself");
  }

  @Test
  void check_nearDuplicateQuestions_reportedOnceAsAPairWithBothPositions() {
    faq.append(OTHER, entry("work-permit-copy", "work-permit", "guide", "Tamamilə fərqli sual yazılıb?",
        "Когда нужна регистрация?", "When is registration needed?"));

    FaqProblem problem = assertOnlyProblem(faq.check(), named(OTHER), faq.lineOf(OTHER, "- id: work-permit-copy"),
        "'registration-sample' (" + named(FILE) + ":" + faq.lineOf(FILE, "- id: registration-sample") + ")",
        "'work-permit-copy' (" + named(OTHER) + ":" + faq.lineOf(OTHER, "- id: work-permit-copy") + ")",
        "near-duplicates in ru, en");
    assertThat(problem.message()).doesNotContain("az");
  }

  @Test
  void check_nearDuplicate_toleratesRewordedButDistinctQuestions() {
    faq.append(OTHER, entry("work-permit-other", "work-permit", "guide", "Qeydiyyat haqqında başqa sual?",
        "Сколько стоит регистрация в Баку?", "How much does registration cost in Baku?"));

    assertThat(faq.check()).isEmpty();
  }

  @Test
  void check_nearDuplicate_comparesQuestionsOnlyWithinOneLanguage() {
    // The English question repeats another entry's Azerbaijani one word for word: different languages, no clash.
    faq.append(OTHER, entry("work-permit-other", "work-permit", "guide", "Vətəndaşlıq haqqında sual?",
        "Вопрос о гражданстве?", "Qeydiyyat nə vaxt lazımdır?"));

    assertThat(faq.check()).isEmpty();
  }

  @Test
  void check_reviewedInTheFuture_isReported() {
    faq.replace(FILE, "reviewed: " + FaqFixture.REVIEWED, "reviewed: " + FaqFixture.TODAY.plusDays(1));

    assertOnlyProblem(faq.check(), named(FILE), faq.lineOf(FILE, "- id: registration-sample"),
        "'reviewed' date " + FaqFixture.TODAY.plusDays(1) + " is in the future");
  }

  @Test
  void check_reviewedToday_isAccepted() {
    faq.replace(FILE, "reviewed: " + FaqFixture.REVIEWED, "reviewed: " + FaqFixture.TODAY);

    assertThat(faq.check()).isEmpty();
  }

  @Test
  void check_contactReviewedInTheFuture_isReportedAtTheContact() {
    String contacts = FaqLoader.CONTACTS_FILE;
    faq.replace(contacts, "reviewed: 2026-01-15", "reviewed: 2027-01-01");

    assertOnlyProblem(faq.check(), named(contacts), faq.lineOf(contacts, "- id: police"),
        "contact 'police'", "2027-01-01 is in the future");
  }

  @Test
  void check_duplicateContactId_isReportedAtTheSecond() {
    String contacts = FaqLoader.CONTACTS_FILE;
    faq.replace(contacts, "- id: office", "- id: police");

    assertOnlyProblem(faq.check(), named(contacts), faq.lineOf(contacts, "- id: police", 2),
        "duplicate contact id 'police'", "first at " + named(contacts) + ":" + faq.lineOf(contacts, "- id: police"));
  }

  @Test
  void check_noEmergencyContact_isReported() {
    faq.replace(FaqLoader.CONTACTS_FILE, "emergency: true", "emergency: false");

    assertThat(faq.check()).extracting(FaqProblem::message).containsExactly("no contact is marked emergency: true");
  }

  @Test
  void check_topicWithoutEntries_isReported() throws IOException {
    Files.delete(faq.file("asylum.yaml"));

    assertOnlyProblem(faq.check(), "faq/asylum.yaml", 1, "topic 'asylum' has no entries");
  }

  @Test
  void check_russianTextWithoutCyrillic_isReported() {
    faq.replace(FILE, "Когда нужна регистрация?", "Kogda nuzhna registraciya?");

    assertOnlyProblem(faq.check(), named(FILE), faq.lineOf(FILE, "- id: registration-sample"), "(ru)",
        "question has no Cyrillic");
  }

  @Test
  void check_azerbaijaniAnswerInCyrillic_isReported() {
    faq.replace(FILE, "Qısa cavab:", "Гысa джаваб:");

    assertOnlyProblem(faq.check(), named(FILE), faq.lineOf(FILE, "- id: registration-sample"), "(az)",
        "answer contains Cyrillic");
  }

  @Test
  void check_malformedContactPlaceholder_isReported() {
    faq.replace(FILE, "A short answer: {contact:sms-call-centre}.", "A short answer: {contact:SMS call centre}.");

    assertOnlyProblem(faq.check(), named(FILE), faq.lineOf(FILE, "- id: registration-sample"), "(en)",
        "malformed contact placeholder");
  }

  @Test
  void check_manyProblems_areListedByFileThenLine() {
    faq.replace(OTHER, "see: []", "see: [nowhere]");
    faq.replace(FILE, "see: []", "see: [nowhere]");
    faq.append(FILE, entry("registration-two", "registration", "guide", "İkinci qeydiyyat sualı?",
        "Второй вопрос про адрес?", "A second question about the address?").replace("see: []", "see: [nowhere]"));

    assertThat(faq.check()).hasSize(3)
        .isSortedAccordingTo(Comparator.comparing(FaqProblem::file).thenComparingInt(FaqProblem::line))
        .extracting(FaqProblem::file).containsExactly(named(FILE), named(FILE), named(OTHER));
  }
}
