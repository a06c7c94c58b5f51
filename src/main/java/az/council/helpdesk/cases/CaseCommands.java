package az.council.helpdesk.cases;

import az.council.helpdesk.stats.Outcome;
import az.council.helpdesk.conversation.Keyboard;
import az.council.helpdesk.faq.Topic;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What members do inside a case: {@code /claim}, {@code /transfer <member or group>}, {@code /topic <id>},
 * {@code /close <outcome> [note]}, {@code /note} (stays internal) and, through {@link FaqInsert}, {@code /faq};
 * the summary's buttons lead to the same steps.
 */
final class CaseCommands {
  static final Set<String> NAMES = Set.of("claim", "transfer", "faq", "topic", "close", "note");
  private final CaseStore cases;
  private final Roster roster;
  private final Routing routing;
  private final StaffChat staff;
  private final ThreadPosts posts;
  private final Announcer announcer;
  private final Finishing finishing;
  private final FaqInsert faq;
  private final Claims claims;
  private final CaseSummary summary;
  private final StaffText text;
  private final CaseOutcomes outcomes;
  private final Clock clock;

  CaseCommands(CaseStore cases, Roster roster, Routing routing, StaffChat staff, ThreadPosts posts,
      Announcer announcer, Finishing finishing, FaqInsert faq, Claims claims, CaseSummary summary, StaffText text,
      CaseOutcomes outcomes, Clock clock) {
    this.cases = cases;
    this.roster = roster;
    this.routing = routing;
    this.staff = staff;
    this.posts = posts;
    this.announcer = announcer;
    this.finishing = finishing;
    this.faq = faq;
    this.claims = claims;
    this.summary = summary;
    this.text = text;
    this.outcomes = outcomes;
    this.clock = clock;
  }

  List<StaffAction> run(StaffEvent.MemberCommand cmd, Member member, Case c) {
    Reply reply = new Reply(staff, cmd.where(), cmd.messageId());
    String arg = cmd.argument().strip();
    if (cmd.name().equals("note")) {
      return List.of(); // stays in the thread, never relayed
    }
    if (cmd.name().equals("topic")) {
      return topic(c, arg, reply); // also after closing: the statistics may still need it
    }
    if (!c.status().active()) {
      return reply.with(text.get("finished"));
    }
    return switch (cmd.name()) {
      case "claim" -> claims.claim(c, member, cmd.where(), cmd.messageId());
      case "transfer" -> arg.isEmpty() ? reply.with(text.get("transfer.choose"), groups(c))
          : transfer(c, member, arg, reply);
      case "faq" -> faq.insert(c, member, arg, cmd.where(), cmd.messageId());
      case "close" -> arg.isEmpty() ? reply.with(text.get("close.choose"), outcomes(c)) : close(c, member, arg, reply);
      default -> throw new IllegalArgumentException("not a case command: " + cmd.name());
    };
  }

  List<StaffAction> transfer(Case c, Member by, String arg, Reply reply) {
    Optional<WorkingGroup> group = routing.group(arg);
    if (group.isPresent()) {
      return toGroup(c, by, group.get()).orElseGet(() -> reply.with(text.get("finished")));
    }
    Optional<Member> target = roster.resolve(arg);
    if (target.isEmpty()) {
      return reply.with(text.get("transfer.unknown", arg, StaffText.ids(routing.groups().stream().map(WorkingGroup::id)
          .toList())));
    }
    if (!cases.assign(c.id(), target.get().userId(), clock.instant())) {
      return reply.with(text.get("finished"));
    }
    List<StaffAction> actions = new ArrayList<>();
    actions.add(staff.post(c, MentionText.around(text.get("transfer.member", by.display(), MentionText.MARK),
        target.get())));
    actions.add(new StaffAction.NotifyMember(target.get().userId(),
        text.get("transfer.member.dm", by.display(), CaseText.number(c))));
    posts.refreshSummary(c.id()).ifPresent(actions::add);
    if (c.status() == CaseStatus.OPEN) {
      actions.add(claims.tellUser(c));
    }
    return actions;
  }

  /** Moves the case to {@code group}, unclaimed, and announces it to that group's members. */
  Optional<List<StaffAction>> toGroup(Case c, Member by, WorkingGroup group) {
    if (!cases.regroup(c.id(), group.id(), clock.instant())) {
      return Optional.empty();
    }
    Case moved = cases.find(c.id()).orElseThrow();
    List<StaffAction> actions = new ArrayList<>();
    actions.add(staff.post(moved, announcer.announce(moved,
        text.get("transfer.group", by.display(), group.name(text.language())) + "\n")));
    posts.refreshSummary(c.id()).ifPresent(actions::add);
    return Optional.of(actions);
  }

  private List<StaffAction> close(Case c, Member by, String arg, Reply reply) {
    String[] parts = arg.split("\\s+", 2);
    Optional<Outcome> outcome = Outcome.fromId(parts[0]);
    if (outcome.isEmpty()) {
      return reply.with(text.get("close.usage"));
    }
    Optional<String> note = parts.length > 1 ? Optional.of(parts[1].strip()) : Optional.empty();
    return finishing.close(c, by, outcome.get(), note).orElseGet(() -> reply.with(text.get("finished")));
  }

  private List<StaffAction> topic(Case c, String arg, Reply reply) {
    Optional<Topic> topic = Topic.fromId(arg.toLowerCase(java.util.Locale.ROOT));
    if (topic.isEmpty()) {
      return reply.with(text.get("topic.usage", StaffText.ids(Arrays.stream(Topic.values()).map(Topic::id).toList())));
    }
    cases.correctTopic(c.id(), topic.get());
    outcomes.topicCorrected(c.id(), c.userId(), topic.get());
    Case corrected = cases.find(c.id()).orElseThrow();
    List<StaffAction> actions = new ArrayList<>(reply.with(text.get("topic.set", topic.get().id())));
    corrected.threadId().ifPresent(t -> actions.add(new StaffAction.RenameTopic(staff.chatId(), t,
        summary.topicName(corrected))));
    posts.refreshSummary(c.id()).ifPresent(actions::add);
    return actions;
  }

  /** One button per outcome. */
  Keyboard outcomes(Case c) {
    return new Keyboard(Arrays.stream(Outcome.values())
        .map(o -> List.of(new Keyboard.Button(text.outcome(o), CaseButtons.closeWith(c.id(), o)))).toList());
  }

  /** One button per working group, named in the staff language. */
  Keyboard groups(Case c) {
    return new Keyboard(routing.groups().stream()
        .map(g -> List.of(new Keyboard.Button(g.name(text.language()), CaseButtons.moveTo(c.id(), g.id())))).toList());
  }

  /** Answers a member's command or press where it was made. */
  record Reply(StaffChat staff, Placement where, int messageId) {
    List<StaffAction> with(String text) {
      return List.of(staff.answer(where, messageId, text));
    }

    List<StaffAction> with(String text, Keyboard keyboard) {
      return List.of(staff.answer(where, messageId, text, keyboard));
    }
  }
}
