package az.council.helpdesk.stats;

import java.util.Optional;

/** How a case or an offline consultation ended; the ids are stored in the log and used in exports. */
public enum Outcome {
  RESOLVED("resolved"),
  /** Referred to the State Migration Service or another body. */
  REFERRED("referred"),
  NO_RESPONSE("no-response"),
  OUT_OF_SCOPE("out-of-scope");

  private final String id;

  Outcome(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Outcome> fromId(String id) {
    for (Outcome outcome : values()) {
      if (outcome.id.equalsIgnoreCase(id)) {
        return Optional.of(outcome);
      }
    }
    return Optional.empty();
  }
}
