package az.council.helpdesk.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import az.council.helpdesk.cli.Main;
import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.fakeapi.FakeBotApi;
import az.council.helpdesk.fakeapi.FakeUser;
import az.council.helpdesk.i18n.Language;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8's crash test: the real {@code run} process is killed with SIGKILL in the middle of a burst of 500
 * questions from 100 users, then started again on the same data directory. Every question must be answered;
 * the only duplicates allowed are sends that were in flight when the process died.
 */
final class KillDuringBurstTest {
  static final int USERS = 100;
  static final int QUESTIONS_EACH = 5;
  static final String QUESTION = "How many days do I have to register my place of stay?";
  @TempDir Path dir;

  private Process start(FakeBotApi api, Path log) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().clear();
    builder.environment().put("TELEGRAM_BOT_TOKEN", api.token());
    builder.environment().put("TELEGRAM_API_URL", api.baseUrl());
    builder.environment().put("HELPDESK_DATA_DIR", dir.resolve("data").toString());
    builder.environment().put("HELPDESK_FAQ_DIR", new File("faq").getAbsolutePath());
    return builder.start();
  }

  private static long answers(FakeBotApi api, String answerStart) {
    return LongStream.rangeClosed(1, USERS)
        .map(chat -> api.chats().botMessages(1000 + chat).stream().filter(m -> m.text() != null
            && m.text().startsWith(answerStart)).count())
        .sum();
  }

  @Test
  void sigkillInTheMiddleOfABurst_losesNoQuestion() throws Exception {
    String answer = FaqCatalog.load(Path.of("faq")).byId("registration-deadline").orElseThrow().in(Language.EN).answer();
    String answerStart = answer.substring(0, 40);
    Path log = dir.resolve("bot.log");
    try (FakeBotApi api = FakeBotApi.start()) {
      Process first = start(api, log);
      try {
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.readString(log).contains("Bot running"));
        for (int round = 0; round < QUESTIONS_EACH; round++) {
          for (int user = 1; user <= USERS; user++) {
            api.incoming().text(FakeUser.of(1000 + user, "U" + user, "en"), QUESTION);
          }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> answers(api, answerStart) >= 150);
      } finally {
        first.destroyForcibly(); // SIGKILL: no shutdown hook runs
      }
      assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
      long beforeRestart = answers(api, answerStart);
      long sendsAtKill = api.calls().count("sendMessage");

      Process second = start(api, log);
      try {
        await().atMost(Duration.ofSeconds(90)).until(() -> missing(api, answerStart) == 0);
      } finally {
        second.destroy();
        second.waitFor(15, TimeUnit.SECONDS);
      }
      long total = answers(api, answerStart);
      long duplicates = total - (long) USERS * QUESTIONS_EACH;
      System.out.printf("kill -9 burst: %d answered before the kill (%d sendMessage calls), %d after restart,"
          + " %d duplicates%n", beforeRestart, sendsAtKill, total, duplicates);
      assertThat(missing(api, answerStart)).isZero();
      // A send is in flight between the HTTP request and the outbox row's "sent" mark; the sender runs at most
      // a handful at once, so a kill can duplicate at most those.
      assertThat(duplicates).isBetween(0L, 10L);
      // Updates handled but not yet marked done when the process died are handled again; the log knows their
      // messages, so the statistics count each question once however the kill fell.
      assertThat(loggedInquiries()).isEqualTo((long) USERS * QUESTIONS_EACH);
    }
  }

  private long loggedInquiries() throws Exception {
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data").resolve("helpdesk.db"));
        var s = c.createStatement();
        var rows = s.executeQuery("SELECT COUNT(*) FROM inquiries")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Questions without an answer yet, counted per user (5 questions, 5 answers each). */
  private static long missing(FakeBotApi api, String answerStart) {
    long missing = 0;
    for (int user = 1; user <= USERS; user++) {
      long got = api.chats().botMessages(1000 + user).stream()
          .filter(m -> m.text() != null && m.text().startsWith(answerStart)).count();
      missing += Math.max(0, QUESTIONS_EACH - got);
    }
    return missing;
  }
}
