package az.council.helpdesk.bench;

import java.util.Arrays;
import java.util.Locale;

/** Collected latencies in nanoseconds and their percentiles. */
final class Latencies {
  private long[] nanos = new long[1024];
  private int size;

  void add(long value) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = value;
  }

  /** The p-th percentile (0 < p ≤ 100), nearest-rank, in milliseconds. */
  double percentileMillis(double p) {
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size) - 1;
    return sorted[Math.max(0, Math.min(size - 1, rank))] / 1e6;
  }

  String summary() {
    return String.format(Locale.ROOT, "p50 %.3f ms  p99 %.3f ms  (n=%d)", percentileMillis(50), percentileMillis(99), size);
  }
}
