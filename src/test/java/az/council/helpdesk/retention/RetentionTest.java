package az.council.helpdesk.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.stats.Inquiry;
import az.council.helpdesk.stats.LoggedInquiry;
import az.council.helpdesk.stats.Pseudonyms;
import az.council.helpdesk.stats.SqliteInquiryHistory;
import az.council.helpdesk.stats.SqliteInquiryLog;
import az.council.helpdesk.stats.SqliteQuestionTexts;
import az.council.helpdesk.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class RetentionTest {
  private static final Instant NOW = Instant.parse("2023-06-30T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @TempDir Path data;

  private static Inquiry unanswered(Instant at, String text) {
    return new Inquiry(at, 1L, Language.RU, Optional.of(Topic.ASYLUM), Optional.empty(), false, false,
        Inquiry.Source.BOT).withQuestion(text);
  }

  @Test
  void purge_deletesQuestionTextsOlderThanTheWindowAndKeepsTheRows() {
    try (Database database = Database.open(data)) {
      SqliteInquiryLog log = new SqliteInquiryLog(database, Pseudonyms.inDirectory(data), CLOCK);
      log.record(unanswered(NOW.minus(Duration.ofDays(181)), "старый вопрос"));
      log.record(unanswered(NOW.minus(Duration.ofDays(179)), "свежий вопрос"));

      List<Retention.Purged> purged =
          new Retention(List.of(new SqliteQuestionTexts(database)), Duration.ofDays(180), CLOCK).purge();

      assertThat(purged).containsExactly(new Retention.Purged("question texts", 1));
      List<LoggedInquiry> rows = new SqliteInquiryHistory(database).between(Instant.EPOCH, NOW);
      assertThat(rows).extracting(LoggedInquiry::question)
          .containsExactly(Optional.empty(), Optional.of("свежий вопрос"));
    }
  }

  @Test
  void purge_asksEveryHolderWithTheSameCutoff() {
    AtomicInteger calls = new AtomicInteger();
    TextRetention cases = new TextRetention() {
      @Override
      public String what() {
        return "case messages";
      }

      @Override
      public int deleteTextsOlderThan(Instant cutoff) {
        assertThat(cutoff).isEqualTo(NOW.minus(Duration.ofDays(30)));
        return calls.incrementAndGet();
      }
    };

    List<Retention.Purged> purged = new Retention(List.of(cases, cases), Duration.ofDays(30), CLOCK).purge();

    assertThat(purged).extracting(Retention.Purged::count).containsExactly(1, 2);
  }

  @Test
  void dailyPurge_runsAtStartAndAgainUntilClosed() {
    AtomicInteger runs = new AtomicInteger();
    TextRetention counter = new TextRetention() {
      @Override
      public String what() {
        return "texts";
      }

      @Override
      public int deleteTextsOlderThan(Instant cutoff) {
        if (runs.incrementAndGet() == 1) {
          throw new IllegalStateException("a failed run must not stop the schedule");
        }
        return 0;
      }
    };
    Retention retention = new Retention(List.of(counter), Duration.ofDays(1), CLOCK);

    DailyPurge purge = DailyPurge.start(retention, Duration.ofMillis(20));
    await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 3);
    purge.close();
    int afterClose = runs.get();
    purge.close();

    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("retention-purge") && t.isAlive());
    assertThat(runs.get()).isEqualTo(afterClose);
  }
}
