package az.council.helpdesk.cases;

import java.util.Locale;
import java.util.Optional;

/** Roles in the staff group, each including the ones before it. */
public enum Role {
  /** Acts on cases. */
  MEMBER,
  /** A member who also exports statistics. */
  SECRETARY,
  /** Manages members, roles and working groups. */
  ADMIN;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean atLeast(Role other) {
    return compareTo(other) >= 0;
  }

  public static Optional<Role> fromId(String id) {
    for (Role role : values()) {
      if (role.id().equalsIgnoreCase(id.strip())) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
