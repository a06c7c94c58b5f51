package az.council.helpdesk.config;

/**
 * A secret value (the bot token) that never prints itself: {@link #toString()} is masked, so a secret that
 * ends up in a log line or an exception message by accident shows {@code ***}.
 */
public final class Secret {
  private final String value;

  public Secret(String value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException("empty secret");
    }
    this.value = value;
  }

  /** The secret itself; call only where it must be used (the HTTP client), never to print it. */
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret s && s.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "***";
  }
}
