package az.council.helpdesk.faq;

/** One problem found in the FAQ folder, printed as {@code file:line: message}. */
public record FaqProblem(String file, int line, String message) {
  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
