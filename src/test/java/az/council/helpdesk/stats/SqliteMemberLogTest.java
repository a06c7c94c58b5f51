package az.council.helpdesk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SqliteMemberLogTest {
  private static final long USER = 4_242_424_242L;
  private static final Instant ASKED = Instant.parse("2022-07-01T06:00:00Z");

  @TempDir Path data;
  private Database database;
  private SqliteInquiryLog inquiries;
  private SqliteMemberLog members;
  private SqliteInquiryHistory history;

  @BeforeEach
  void open() {
    database = Database.open(data);
    Clock clock = Clock.fixed(ASKED, ZoneOffset.UTC);
    inquiries = new SqliteInquiryLog(database, Pseudonyms.inDirectory(data), clock);
    members = new SqliteMemberLog(database, clock);
    history = new SqliteInquiryHistory(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private long ask(Optional<Topic> topic) {
    return inquiries.record(new Inquiry(ASKED, USER, Language.EN, topic, Optional.empty(), false, false,
        Inquiry.Source.BOT));
  }

  private List<LoggedInquiry> all() {
    return history.between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"));
  }

  @Test
  void caseLife_isVisibleOnTheInquiry() {
    long id = ask(Optional.of(Topic.REGISTRATION));

    assertThat(members.caseOpened(17, id, ASKED.plusSeconds(5))).isTrue();
    members.memberReplied(17, ASKED.plusSeconds(605));
    members.memberReplied(17, ASKED.plusSeconds(9_000));
    assertThat(members.caseClosed(17, Outcome.REFERRED, ASKED.plusSeconds(10_000))).isTrue();

    assertThat(all()).singleElement().satisfies(row -> {
      assertThat(row.escalated()).isTrue();
      assertThat(row.caseId()).isEqualTo(OptionalLong.of(17));
      assertThat(row.caseOpened()).contains(ASKED.plusSeconds(5));
      assertThat(row.firstReply()).as("only the first reply counts").contains(ASKED.plusSeconds(605));
      assertThat(row.outcome()).contains(Outcome.REFERRED);
    });
  }

  @Test
  void topicCorrected_winsOverTheBotsGuess() {
    long guessed = ask(Optional.of(Topic.DAILY_LIFE));
    long outOfScope = ask(Optional.empty());
    members.caseOpened(3, guessed, ASKED);
    members.caseOpened(3, outOfScope, ASKED.plusSeconds(60));

    assertThat(members.topicCorrected(3, Topic.ASYLUM)).isTrue();

    assertThat(all()).extracting(LoggedInquiry::topic).containsOnly(Optional.of(Topic.ASYLUM));
    assertThat(all()).extracting(LoggedInquiry::caseOpened).containsOnly(Optional.of(ASKED));
  }

  @Test
  void unknownInquiryOrCase_isReportedNotInvented() {
    assertThat(members.caseOpened(5, 999, ASKED)).isFalse();
    assertThat(members.topicCorrected(5, Topic.ASYLUM)).isFalse();
    assertThat(members.caseClosed(5, Outcome.RESOLVED, ASKED)).isFalse();
  }

  @Test
  void recordOffline_isAPersonOfItsOwn() {
    OfflineConsultation consultation = new OfflineConsultation(ASKED, new Citizenship("GE"), Optional.of(Topic.WORK_PERMIT),
        Optional.of(Outcome.RESOLVED));

    members.recordOffline(consultation);
    members.recordOffline(consultation);

    assertThat(all()).hasSize(2).allSatisfy(row -> {
      assertThat(row.source()).isEqualTo(Inquiry.Source.OFFLINE);
      assertThat(row.language()).isEmpty();
      assertThat(row.citizenship()).isEqualTo(new Citizenship("GE"));
      assertThat(row.outcome()).contains(Outcome.RESOLVED);
    });
    assertThat(all()).extracting(LoggedInquiry::personRef).doesNotHaveDuplicates();
  }

  @Test
  void importOffline_sameFileTwice_countsOnce() {
    List<OfflineConsultation> file = List.of(
        new OfflineConsultation(ASKED, new Citizenship("UA"), Optional.empty(), Optional.empty()),
        new OfflineConsultation(ASKED, Citizenship.STATELESS, Optional.of(Topic.ASYLUM), Optional.of(Outcome.REFERRED)));

    MemberLog.ImportResult first = members.importOffline(file, "abc", "may.csv");
    MemberLog.ImportResult second = members.importOffline(file, "abc", "may-copy.csv");

    assertThat(first).isEqualTo(new MemberLog.ImportResult.Imported(2));
    assertThat(second).isEqualTo(new MemberLog.ImportResult.AlreadyImported("may.csv", ASKED));
    assertThat(all()).hasSize(2);
  }
}
