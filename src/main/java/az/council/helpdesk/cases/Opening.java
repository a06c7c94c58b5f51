package az.council.helpdesk.cases;

import az.council.helpdesk.conversation.Action.HandOff;
import az.council.helpdesk.conversation.Keyboard;
import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.stats.InquiryLog;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens cases on hand-off and creates their threads exactly once: a forum topic with the summary as its first
 * post, or (reply-thread mode, or when the topic cannot be created) the summary in the general chat, whose
 * replies form the thread. What arrives before the thread exists waits in the backlog.
 */
final class Opening {
  private static final Logger log = LoggerFactory.getLogger(Opening.class);
  private final CasesConfig config;
  private final CaseStore cases;
  private final CaseThreads threads;
  private final Routing routing;
  private final CaseSummary summary;
  private final ThreadPosts posts;
  private final CaseText userText;
  private final StaffText staffText;
  private final InquiryLog inquiries;
  private final Clock clock;

  Opening(CasesConfig config, CaseStore cases, CaseThreads threads, Routing routing, CaseSummary summary,
      ThreadPosts posts, CaseText userText, StaffText staffText, InquiryLog inquiries, Clock clock) {
    this.config = config;
    this.cases = cases;
    this.threads = threads;
    this.routing = routing;
    this.summary = summary;
    this.posts = posts;
    this.userText = userText;
    this.staffText = staffText;
    this.inquiries = inquiries;
    this.clock = clock;
  }

  /** {@code key} names this hand-off: the same key again is the same hand-off, performed again after a crash. */
  List<StaffAction> handOff(long key, HandOff h) {
    Instant now = clock.instant();
    Optional<String> citizenship = inquiries.citizenshipOf(h.userId());
    Optional<Topic> topic = summary.topicOf(h.recentQuestions(), h.language());
    String group = routing.route(topic, h.urgency(), citizenship).id();
    Joined joined = cases.openOrJoin(new NewCase(h.userId(), h.chatId(), h.language(), topic, citizenship,
        h.urgency(), h.reason(), group, h.recentQuestions(), now, key));
    Case c = joined.opened();
    List<StaffAction> actions = new ArrayList<>();
    if (joined.replayed()) {
      // The crash may have swallowed the first notice; a thread request that died is the first tick's job.
      log.info("case {}: hand-off performed again after a restart", c.id());
      return c.status().active()
          ? List.of(new StaffAction.SendToUser(c.chatId(), userText.opened(c, now), Keyboard.NONE, Optional.empty()))
          : List.of();
    }
    if (joined.created()) {
      log.info("case {} opened ({}, {}, group {})", c.id(), h.reason(), h.language().tag(), group);
      actions.add(new StaffAction.SendToUser(c.chatId(), userText.opened(c, now), Keyboard.NONE, Optional.empty()));
      if (threads.begin(c.id(), now)) {
        actions.add(createThread(c));
      }
      return actions;
    }
    actions.add(new StaffAction.SendToUser(c.chatId(), userText.alreadyOpen(c), Keyboard.NONE, Optional.empty()));
    if (joined.escalated()) {
      actions.addAll(posts.announce(c.id(), again(c, joined)));
    } else if (!joined.newQuestions().isEmpty()) {
      actions.addAll(posts.note(c.id(), again(c, joined)));
    }
    if (joined.escalated()) {
      c.threadId().ifPresent(t ->
          actions.add(new StaffAction.RenameTopic(config.staffChatId(), t, summary.topicName(c))));
    }
    return actions;
  }

  private String again(Case c, Joined joined) {
    StringBuilder text = new StringBuilder(staffText.get("user.again"));
    if (joined.escalated()) {
      text.append('\n').append(staffText.get("user.urgent", staffText.urgency(c.urgency().orElseThrow())));
    }
    joined.newQuestions().forEach(q -> text.append("\n• «").append(q).append('»'));
    return text.toString();
  }

  /** The action that creates the case's thread; its result comes back through topicCreated / delivered. */
  StaffAction createThread(Case c) {
    if (config.mode() == CasesConfig.StaffMode.FORUM) {
      int color = c.urgent() ? StaffAction.CreateTopic.RED : StaffAction.CreateTopic.BLUE;
      return new StaffAction.CreateTopic(c.id(), config.staffChatId(), summary.topicName(c), color);
    }
    return posts.summary(c, Placement.GENERAL);
  }

  List<StaffAction> topicCreated(long caseId, int threadId) {
    Optional<List<Queued>> backlog = threads.topicCreated(caseId, threadId);
    if (backlog.isEmpty()) {
      log.warn("case {} already had a topic; closing the duplicate {}", caseId, threadId);
      return List.of(new StaffAction.CloseTopic(config.staffChatId(), threadId));
    }
    Case c = cases.find(caseId).orElseThrow();
    List<StaffAction> actions = new ArrayList<>();
    actions.add(posts.summary(c, Placement.topic(threadId)));
    actions.addAll(posts.flush(c, backlog.get()));
    if (!c.status().active()) { // cancelled before its topic existed
      actions.add(new StaffAction.CloseTopic(config.staffChatId(), threadId));
    }
    return actions;
  }

  /** The topic could not be created (no rights, topics off): the case gets a reply thread instead. */
  List<StaffAction> topicFailed(long caseId, String reason) {
    log.warn("case {}: forum topic not created ({}); falling back to a reply thread", caseId, reason);
    threads.retry(caseId, clock.instant());
    return cases.find(caseId).filter(c -> c.threadId().isEmpty())
        .map(c -> List.of(posts.summary(c, Placement.GENERAL))).orElse(List.of());
  }

  /** The summary's message id is known: it anchors the case; in reply-thread mode the thread is now ready. */
  List<StaffAction> anchored(long caseId, int messageId) {
    threads.link(caseId, messageId, Optional.empty(), CaseThreads.Direction.BOT);
    List<Queued> backlog = threads.anchored(caseId, messageId);
    return cases.find(caseId).map(c -> posts.flush(c, backlog)).orElse(List.of());
  }
}
