package az.council.helpdesk.fakeapi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fault script. Rules are tried in the order they were added; the first that matches the call answers it.
 * Rules without a method match every method except {@code getUpdates} (which a bot calls in a loop and would
 * otherwise swallow the faults meant for sends); name {@code getUpdates} explicitly to fail polling.
 */
public final class Faults {
  private interface Rule {
    Optional<Fault> next(String method);

    boolean exhausted();
  }

  private static final class Counted implements Rule {
    private final Optional<String> method;
    private final Fault fault;
    private int remaining;

    Counted(Optional<String> method, int times, Fault fault) {
      this.method = method;
      this.remaining = times;
      this.fault = fault;
    }

    @Override
    public Optional<Fault> next(String name) {
      if (remaining <= 0 || !matches(method, name)) {
        return Optional.empty();
      }
      remaining--;
      return Optional.of(fault);
    }

    @Override
    public boolean exhausted() {
      return remaining <= 0;
    }
  }

  private record Sampled(Optional<String> method, double rate, Random random, List<Fault> choices) implements Rule {
    @Override
    public Optional<Fault> next(String name) {
      if (!matches(method, name) || random.nextDouble() >= rate) {
        return Optional.empty();
      }
      return Optional.of(choices.get(random.nextInt(choices.size())));
    }

    @Override
    public boolean exhausted() {
      return false;
    }
  }

  private final List<Rule> rules = new ArrayList<>();
  private final AtomicLong injected = new AtomicLong();

  Faults() {}

  /** The next {@code times} calls of any method but {@code getUpdates} get {@code fault}. */
  public synchronized Faults failNext(int times, Fault fault) {
    rules.add(new Counted(Optional.empty(), times, fault));
    return this;
  }

  /** The next {@code times} calls of {@code method} (any case) get {@code fault}. */
  public synchronized Faults failNext(String method, int times, Fault fault) {
    rules.add(new Counted(Optional.of(method.toLowerCase(Locale.ROOT)), times, fault));
    return this;
  }

  /** From now on, each call of any method but {@code getUpdates} fails with probability {@code rate}. */
  public synchronized Faults failRandomly(double rate, long seed, Fault... choices) {
    rules.add(new Sampled(Optional.empty(), rate, new Random(seed), List.of(choices)));
    return this;
  }

  /** From now on, each call of {@code method} fails with probability {@code rate}. */
  public synchronized Faults failRandomly(String method, double rate, long seed, Fault... choices) {
    rules.add(new Sampled(Optional.of(method.toLowerCase(Locale.ROOT)), rate, new Random(seed), List.of(choices)));
    return this;
  }

  /** Removes every rule: Telegram recovers. */
  public synchronized void clear() {
    rules.clear();
  }

  /** How many calls were answered with a fault so far. */
  public long injected() {
    return injected.get();
  }

  synchronized Optional<Fault> next(String method) {
    String name = method.toLowerCase(Locale.ROOT);
    for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
      Rule rule = it.next();
      Optional<Fault> fault = rule.next(name);
      if (rule.exhausted()) {
        it.remove();
      }
      if (fault.isPresent()) {
        injected.incrementAndGet();
        return fault;
      }
    }
    return Optional.empty();
  }

  private static boolean matches(Optional<String> method, String name) {
    return method.map(name::equals).orElse(!name.equals("getupdates"));
  }
}
