package az.council.helpdesk.cli;

/** The process exit codes, named in one place so scripts can rely on them. */
public final class ExitCode {
  public static final int OK = 0;
  /** The command ran and found problems (faq check, eval below the bar). */
  public static final int PROBLEMS = 1;
  /** Wrong command-line usage (picocli's own code). */
  public static final int USAGE = 2;
  /** Configuration is missing or wrong; the message says what to set. */
  public static final int CONFIG = 3;
  /** A dependency such as the Telegram API or the database is unavailable. */
  public static final int UNAVAILABLE = 4;

  private ExitCode() {}
}
