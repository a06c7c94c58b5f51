package az.council.helpdesk.store;

/** The database failed; a bug or broken set-up, not an expected outcome. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
