package az.council.helpdesk.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deletes texts older than the retention window in every {@link TextRetention}. */
public final class Retention {
  public static final int DEFAULT_DAYS = 180;
  private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

  private final List<TextRetention> holders;
  private final Duration window;
  private final Clock clock;

  public Retention(List<TextRetention> holders, Duration window, Clock clock) {
    if (window.isNegative()) {
      throw new IllegalArgumentException("the retention window cannot be negative: " + window);
    }
    this.holders = List.copyOf(holders);
    this.window = window;
    this.clock = clock;
  }

  /** Deletes now; returns what each holder deleted. */
  public List<Purged> purge() {
    Instant cutoff = clock.instant().minus(window);
    List<Purged> purged = new ArrayList<>();
    for (TextRetention holder : holders) {
      int count = holder.deleteTextsOlderThan(cutoff);
      LOG.info("Retention: deleted {} {} older than {}", count, holder.what(), cutoff);
      purged.add(new Purged(holder.what(), count));
    }
    return List.copyOf(purged);
  }

  /** How many texts of one kind a purge deleted. */
  public record Purged(String what, int count) {}
}
