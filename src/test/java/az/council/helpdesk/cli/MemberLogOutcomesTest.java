package az.council.helpdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.cases.CaseReport;
import az.council.helpdesk.cases.CaseStatus;
import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.stats.Inquiry;
import az.council.helpdesk.stats.LoggedInquiry;
import az.council.helpdesk.stats.Outcome;
import az.council.helpdesk.stats.Pseudonyms;
import az.council.helpdesk.stats.SqliteInquiryHistory;
import az.council.helpdesk.stats.SqliteInquiryLog;
import az.council.helpdesk.stats.SqliteMemberLog;
import az.council.helpdesk.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finished cases reach the statistics as case inquiries with their facts, corrections and ratings. */
final class MemberLogOutcomesTest {
  private static final Instant OPENED = Instant.parse("2026-05-01T08:00:00Z");
  @TempDir Path dataDir;

  @Test
  void aClosedCase_isOneCaseInquiry_withOutcomeFirstReplyCorrectedTopicAndRating() {
    try (Database db = Database.open(dataDir)) {
      Clock clock = Clock.fixed(OPENED, ZoneOffset.UTC);
      SqliteInquiryLog inquiries = new SqliteInquiryLog(db, Pseudonyms.inDirectory(dataDir), clock);
      MemberLogOutcomes outcomes = new MemberLogOutcomes(inquiries, new SqliteMemberLog(db, clock));

      outcomes.finished(report(7, Optional.of(az.council.helpdesk.stats.Outcome.REFERRED), CaseStatus.CLOSED));
      outcomes.topicCorrected(7, 42, Topic.fromId("citizenship").orElseThrow());
      outcomes.rated(7, 42, true);
      outcomes.finished(report(8, Optional.empty(), CaseStatus.CANCELLED));

      List<LoggedInquiry> logged = new SqliteInquiryHistory(db).between(OPENED.minusSeconds(60), OPENED.plusSeconds(86_400));
      assertThat(logged).singleElement().satisfies(i -> {
        assertThat(i.source()).isEqualTo(Inquiry.Source.CASE);
        assertThat(i.escalated()).isTrue();
        assertThat(i.outcome()).contains(Outcome.REFERRED);
        assertThat(i.firstReply()).contains(OPENED.plusSeconds(600));
        assertThat(i.topic()).contains(Topic.fromId("citizenship").orElseThrow());
        assertThat(i.helpful()).contains(true);
      });
    }
  }

  private static CaseReport report(long caseId, Optional<az.council.helpdesk.stats.Outcome> outcome, CaseStatus status) {
    return new CaseReport(caseId, 42, Language.RU, Optional.empty(), Topic.fromId("registration"), Optional.empty(),
        "general", status, outcome, OPENED, Optional.of(OPENED.plusSeconds(600)), OPENED.plusSeconds(3_600));
  }
}
