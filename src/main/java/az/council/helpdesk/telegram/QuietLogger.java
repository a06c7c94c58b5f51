package az.council.helpdesk.telegram;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one library logger off for a moment and back on (try-with-resources): used while stopping, when the
 * polling session reports the long poll we abort on purpose as an ERROR. Does nothing without logback.
 */
final class QuietLogger implements AutoCloseable {
  private final Logger logger;
  private final Level previous;

  private QuietLogger(Logger logger) {
    this.logger = logger;
    this.previous = logger == null ? null : logger.getLevel();
    if (logger != null) {
      logger.setLevel(Level.OFF);
    }
  }

  static QuietLogger mute(String name) {
    return new QuietLogger(LoggerFactory.getLogger(name) instanceof Logger l ? l : null);
  }

  @Override
  public void close() {
    if (logger != null) {
      logger.setLevel(previous);
    }
  }
}
