package az.council.helpdesk.cases;

import az.council.helpdesk.i18n.Language;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Roster commands anywhere in the staff group. Every member may list members and groups, follow groups and
 * declare languages; only admins add and remove members, set roles, leads, and other members' groups.
 */
final class RosterCommands {
  static final Set<String> NAMES =
      Set.of("members", "groups", "subscribe", "unsubscribe", "languages", "addmember", "removemember", "role", "lead");
  private static final Set<String> ADMIN_ONLY = Set.of("addmember", "removemember", "role", "lead");
  private static final Logger log = LoggerFactory.getLogger(RosterCommands.class);
  private final Roster roster;
  private final Routing routing;
  private final StaffChat staff;
  private final StaffText text;
  private final Clock clock;

  RosterCommands(Roster roster, Routing routing, StaffChat staff, StaffText text, Clock clock) {
    this.roster = roster;
    this.routing = routing;
    this.staff = staff;
    this.text = text;
    this.clock = clock;
  }

  List<StaffAction> run(StaffEvent.MemberCommand cmd, Member member) {
    CaseCommands.Reply reply = new CaseCommands.Reply(staff, cmd.where(), cmd.messageId());
    if (ADMIN_ONLY.contains(cmd.name()) && !member.role().atLeast(Role.ADMIN)) {
      log.info("refused /{} from {} (role {}, admin needed)", cmd.name(), member.userId(), member.role().id());
      return reply.with(text.get("notAdmin"));
    }
    String[] args = cmd.argument().strip().isEmpty() ? new String[0] : cmd.argument().strip().split("\\s+");
    return reply.with(switch (cmd.name()) {
      case "members" -> members();
      case "groups" -> groups();
      case "subscribe", "unsubscribe" -> subscribe(member, args, cmd.name().equals("subscribe"));
      case "languages" -> languages(member, args);
      case "addmember" -> add(cmd, args);
      case "removemember" -> args.length != 1 ? text.get("removemember.usage") : remove(args[0]);
      case "role" -> args.length != 2 ? text.get("role.usage") : role(args[0], args[1]);
      case "lead" -> args.length != 2 ? text.get("lead.usage") : lead(args[0], args[1]);
      default -> throw new IllegalArgumentException("not a roster command: " + cmd.name());
    });
  }

  private String members() {
    List<Member> all = roster.store().all();
    StringBuilder s = new StringBuilder(text.get("members.title", Integer.toString(all.size())));
    for (Member m : all) {
      String languages = m.languages().stream().sorted().map(Language::tag).collect(Collectors.joining(" "));
      String groups = m.groups().stream().sorted().map(g -> m.leads().contains(g) ? g + "*" : g)
          .collect(Collectors.joining(", "));
      s.append('\n').append(text.get("members.line", m.display() + m.username().map(u -> " @" + u).orElse("")
          + " (" + m.userId() + ")", text.role(m.role()), languages.isEmpty() ? "—" : languages,
          groups.isEmpty() ? "—" : groups));
    }
    return s.toString();
  }

  private String groups() {
    List<Member> all = roster.store().all();
    StringBuilder s = new StringBuilder(text.get("groups.title"));
    for (WorkingGroup g : routing.groups()) {
      String followers = all.stream().filter(m -> m.groups().contains(g.id()))
          .sorted(Comparator.comparing((Member m) -> !m.leads().contains(g.id())))
          .map(m -> m.leads().contains(g.id()) ? m.display() + "*" : m.display()).collect(Collectors.joining(", "));
      s.append('\n').append(text.get("groups.line", g.id(), g.name(text.language()),
          followers.isEmpty() ? "—" : followers));
    }
    return s.toString();
  }

  private String subscribe(Member member, String[] args, boolean on) {
    if (args.length < 1 || args.length > 2) {
      return text.get("subscribe.usage", groupIds());
    }
    Optional<WorkingGroup> group = routing.group(args[0]);
    if (group.isEmpty()) {
      return text.get("unknownGroup", args[0], groupIds());
    }
    Member target = member;
    if (args.length == 2) {
      if (!member.role().atLeast(Role.ADMIN)) {
        log.info("refused /subscribe for another member from {} (not an admin)", member.userId());
        return text.get("notAdmin");
      }
      Optional<Member> other = roster.resolve(args[1]);
      if (other.isEmpty()) {
        return text.get("unknownMember", args[1]);
      }
      target = other.get();
    }
    roster.store().subscribe(target.userId(), group.get().id(), on);
    return text.get(on ? "subscribe.done" : "unsubscribe.done", target.display(), group.get().name(text.language()));
  }

  private String languages(Member member, String[] args) {
    Set<Language> languages = EnumSet.noneOf(Language.class);
    for (String arg : args) {
      Optional<Language> language = Language.fromTag(arg.replace(",", ""));
      if (language.isEmpty()) {
        return text.get("languages.usage");
      }
      languages.add(language.get());
    }
    if (languages.isEmpty()) {
      return text.get("languages.usage");
    }
    roster.store().languages(member.userId(), languages);
    return text.get("languages.done", member.display(),
        languages.stream().map(Language::tag).collect(Collectors.joining(" ")));
  }

  /** {@code /addmember} replying to the person's message, or {@code /addmember <user id> [name]}. */
  private String add(StaffEvent.MemberCommand cmd, String[] args) {
    Staffer person;
    if (cmd.repliedTo().isPresent()) {
      person = cmd.repliedTo().get();
    } else if (args.length >= 1 && args[0].matches("\\d{1,15}")) {
      String name = cmd.argument().strip().substring(args[0].length()).strip();
      person = new Staffer(Long.parseLong(args[0]), name, Optional.empty());
    } else {
      return text.get("addmember.usage");
    }
    Optional<Member> existing = roster.store().find(person.userId());
    if (existing.isPresent()) {
      return text.get("addmember.already", existing.get().display(), text.role(existing.get().role()));
    }
    roster.store().put(person.userId(), person.name(), person.username(), Role.MEMBER, clock.instant());
    log.info("member {} added by {}", person.userId(), cmd.from().userId());
    return text.get("addmember.done", roster.store().find(person.userId()).map(Member::display).orElse("?"));
  }

  private String remove(String reference) {
    Optional<Member> target = roster.resolve(reference);
    if (target.isEmpty()) {
      return text.get("unknownMember", reference);
    }
    if (roster.configuredAdmin(target.get().userId())) {
      return text.get("configuredAdmin", target.get().display());
    }
    roster.store().remove(target.get().userId());
    log.info("member {} removed", target.get().userId());
    return text.get("removemember.done", target.get().display());
  }

  private String role(String reference, String roleId) {
    Optional<Member> target = roster.resolve(reference);
    Optional<Role> role = Role.fromId(roleId);
    if (role.isEmpty()) {
      return text.get("role.usage");
    }
    if (target.isEmpty()) {
      return text.get("unknownMember", reference);
    }
    if (roster.configuredAdmin(target.get().userId())) {
      return text.get("configuredAdmin", target.get().display());
    }
    Member m = target.get();
    roster.store().put(m.userId(), m.name(), m.username(), role.get(), clock.instant());
    log.info("member {} is now {}", m.userId(), role.get().id());
    return text.get("role.done", m.display(), text.role(role.get()));
  }

  private String lead(String groupId, String reference) {
    Optional<WorkingGroup> group = routing.group(groupId);
    if (group.isEmpty()) {
      return text.get("unknownGroup", groupId, groupIds());
    }
    Optional<Member> target = roster.resolve(reference);
    if (target.isEmpty()) {
      return text.get("unknownMember", reference);
    }
    roster.store().lead(target.get().userId(), group.get().id());
    return text.get("lead.done", target.get().display(), group.get().name(text.language()));
  }

  private String groupIds() {
    return StaffText.ids(routing.groups().stream().map(WorkingGroup::id).toList());
  }
}
