package az.council.helpdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code bench e2e} and {@code bench burst} at tiny sizes, so the commands keep working. */
final class BenchDeliveryCommandsTest {
  @Test
  void benchE2e_twentyUpdates_printsThroughputAndLatencies() {
    CommandLineRun run = CommandLineRun.of("bench", "e2e", "--updates", "20", "--users", "5", "--paced", "10",
        "--rate", "100");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).matches("(?s)e2e: 20 updates from 5 users answered in [0-9.]+ s = \\d+ updates/s;"
        + " all queued at once: update queued to sendMessage p50 [0-9.]+ ms, p99 [0-9.]+ ms\\R"
        + "e2e: 10 updates arriving at 100/s: update queued to sendMessage p50 [0-9.]+ ms, p99 [0-9.]+ ms\\R");
  }

  @Test
  void benchBurst_twentyUsers_answersAllWithoutTooManyRequests() {
    CommandLineRun run = CommandLineRun.of("bench", "burst", "--users", "20");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).matches("(?s)burst: 20 users answered in [0-9.]+ s \\(30 msg/s allows 0.7 s, ratio [0-9.]+\\),"
        + " 429s: 0\\R");
  }

  @Test
  void benchE2e_noUpdates_isAUsageError() {
    CommandLineRun run = CommandLineRun.of("bench", "e2e", "--updates", "0");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--updates, --users and --rate must be at least 1, --paced at least 0.");
  }
}
