package az.council.helpdesk.faq;

import java.util.Optional;

/**
 * The nine fixed topics. Their ids appear in the FAQ files, the inquiry log and the statistics, so they
 * never change once published.
 */
public enum Topic {
  REGISTRATION("registration"),
  TEMPORARY_STAY("temporary-stay"),
  TEMPORARY_RESIDENCE("temporary-residence"),
  PERMANENT_RESIDENCE("permanent-residence"),
  WORK_PERMIT("work-permit"),
  CITIZENSHIP("citizenship"),
  ASYLUM("asylum"),
  EMIGRATION("emigration"),
  DAILY_LIFE("daily-life");

  private final String id;

  Topic(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Topic> fromId(String id) {
    for (Topic topic : values()) {
      if (topic.id.equals(id)) {
        return Optional.of(topic);
      }
    }
    return Optional.empty();
  }
}
