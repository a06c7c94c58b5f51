package az.council.helpdesk.cases;

import az.council.helpdesk.i18n.Language;
import java.util.Comparator;
import java.util.List;

/**
 * Whom a case is announced to: its working group's members, those who speak the user's language first; when
 * nobody follows the group, every member who speaks the language. Re-announcements go to the group's lead, then
 * to everyone.
 */
final class Announcer {
  private final RosterStore roster;
  private final Routing routing;
  private final StaffText text;

  Announcer(RosterStore roster, Routing routing, StaffText text) {
    this.roster = roster;
    this.routing = routing;
    this.text = text;
  }

  /** {@code lead}, then the case's working group and its members mentioned (or that nobody follows it). */
  MentionText announce(Case c, String lead) {
    return announce(c, new MentionText().append(lead));
  }

  MentionText announce(Case c, MentionText post) {
    String group = routing.group(c.groupId()).map(g -> g.name(text.language())).orElse(c.groupId());
    List<Member> members = forCase(c);
    if (members.isEmpty()) {
      return post.append(text.get("announce.nobody", group, c.groupId()));
    }
    return post.append(text.get("announce.group", group)).append(" ").mentionAll(members);
  }

  List<Member> forCase(Case c) {
    List<Member> group = roster.all().stream().filter(m -> m.groups().contains(c.groupId())).toList();
    if (group.isEmpty()) {
      return roster.all().stream().filter(m -> m.speaks(c.language())).toList();
    }
    return speakersFirst(group, c.language());
  }

  List<Member> leads(Case c) {
    return roster.all().stream().filter(m -> m.leads().contains(c.groupId())).toList();
  }

  List<Member> everyone(Language language) {
    return speakersFirst(roster.all(), language);
  }

  /** Stable: within each half the roster's order (by name) is kept. */
  private static List<Member> speakersFirst(List<Member> members, Language language) {
    return members.stream().sorted(Comparator.comparing((Member m) -> !m.speaks(language))).toList();
  }
}
