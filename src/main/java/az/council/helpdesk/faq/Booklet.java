package az.council.helpdesk.faq;

import java.util.Optional;

/** The Council's five printed booklets plus the integration guide an entry's content comes from. */
public enum Booklet {
  INTEGRATION("integration"),
  TEMPORARY_STAY("temporary-stay"),
  LABOUR_ACTIVITY("labour-activity"),
  RIGHTS_AND_DUTIES("rights-and-duties"),
  PERMANENT_RESIDENCE("permanent-residence"),
  GUIDE("guide");

  private final String id;

  Booklet(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Booklet> fromId(String id) {
    for (Booklet booklet : values()) {
      if (booklet.id.equals(id)) {
        return Optional.of(booklet);
      }
    }
    return Optional.empty();
  }
}
