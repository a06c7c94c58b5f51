package az.council.helpdesk.cli;

import az.council.helpdesk.cases.CaseDesk;
import az.council.helpdesk.telegram.StaffPerformer;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls {@link CaseDesk#tick} every minute on its own named thread ({@code case-tick}) and hands what is due
 * (re-announcements, released claims, reminders) to the staff performer. A failing tick is logged; the next one
 * still runs.
 */
final class CaseTicker implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(CaseTicker.class);
  private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
      Thread.ofPlatform().name("case-tick").daemon(true).factory());

  CaseTicker(CaseDesk desk, StaffPerformer performer, Clock clock, Duration period) {
    executor.scheduleAtFixedRate(() -> {
      try {
        performer.submit(desk.tick(clock.instant()));
      } catch (RuntimeException e) {
        log.error("case timers failed ({}); trying again in {} s", e.getClass().getName(), period.toSeconds());
        log.debug("case timers failure", e);
      }
    }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
