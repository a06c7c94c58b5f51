package az.council.helpdesk.fakeapi;

import java.util.Locale;

/** A chat member's status, as in the Bot API's {@code ChatMember.status}. */
public enum MemberStatus {
  CREATOR,
  ADMINISTRATOR,
  MEMBER,
  RESTRICTED,
  LEFT,
  KICKED;

  String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  boolean isAdmin() {
    return this == CREATOR || this == ADMINISTRATOR;
  }
}
