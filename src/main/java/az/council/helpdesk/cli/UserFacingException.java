package az.council.helpdesk.cli;

/** A failure whose message is meant for the person at the terminal, with its exit code; no stack trace. */
public final class UserFacingException extends RuntimeException {
  private final int exitCode;

  public UserFacingException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public static UserFacingException config(String message) {
    return new UserFacingException(ExitCode.CONFIG, message);
  }

  public int exitCode() {
    return exitCode;
  }
}
