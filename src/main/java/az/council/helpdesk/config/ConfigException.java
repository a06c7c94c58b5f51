package az.council.helpdesk.config;

/** A missing or wrong setting; the message is one sentence that says what to set. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
