package az.council.helpdesk.cases;

/** A case's life: open → claimed → closed, or cancelled by the user; claimed goes back to open when released. */
public enum CaseStatus {
  OPEN("open"),
  CLAIMED("claimed"),
  CLOSED("closed"),
  CANCELLED("cancelled");

  private final String id;

  CaseStatus(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public boolean active() {
    return this == OPEN || this == CLAIMED;
  }

  public static CaseStatus fromId(String id) {
    for (CaseStatus status : values()) {
      if (status.id.equals(id)) {
        return status;
      }
    }
    throw new IllegalArgumentException("unknown case status " + id);
  }
}
