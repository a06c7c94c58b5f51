package az.council.helpdesk.cases;

import az.council.helpdesk.conversation.Keyboard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Performs the desk's actions the way the Telegram adapter will: numbers messages per chat, creates forum topics
 * (or fails to when the group has no topics), and reports receipts and created topics back to the desk at once.
 */
final class FakeTelegram {
  /** A message in some chat; {@code copyOf} is the source message id of a copyMessage. */
  record Message(long chatId, int id, Optional<Integer> threadId, Optional<Integer> replyTo, String text,
      Keyboard keyboard, List<Mention> mentions, Optional<Long> copiedFromChat, Optional<Integer> copyOf) {
    boolean hasButton(String data) {
      return keyboard.rows().stream().flatMap(List::stream).anyMatch(b -> b.data().equals(data));
    }
  }

  private final long staffChatId;
  private final boolean topicsEnabled;
  private final Map<Long, Integer> lastId = new HashMap<>();
  private CaseDesk desk;
  final List<Message> messages = new ArrayList<>();
  final List<StaffAction> performed = new ArrayList<>();
  final Map<Integer, String> topics = new HashMap<>();
  final Set<Integer> closedTopics = new HashSet<>();
  final List<StaffAction.NotifyMember> notified = new ArrayList<>();
  final List<StaffAction.AnswerPress> answered = new ArrayList<>();

  FakeTelegram(long staffChatId, boolean topicsEnabled) {
    this.staffChatId = staffChatId;
    this.topicsEnabled = topicsEnabled;
  }

  void attach(CaseDesk desk) {
    this.desk = desk;
  }

  /** Performs the actions in order; what the desk answers to a report is performed right after it. */
  synchronized void perform(List<StaffAction> actions) {
    for (StaffAction action : actions) {
      performed.add(action);
      perform(execute(action));
    }
  }

  /** A message a person sends into a chat (takes the next id there, like Telegram). */
  synchronized int nextId(long chatId) {
    int id = lastId.getOrDefault(chatId, 0) + 1;
    lastId.put(chatId, id);
    return id;
  }

  private List<StaffAction> execute(StaffAction action) {
    return switch (action) {
      case StaffAction.CreateTopic t -> {
        if (!topicsEnabled) {
          yield desk.topicFailed(t.caseId(), "Bad Request: the chat is not a forum");
        }
        int id = add(t.chatId(), Optional.empty(), Optional.empty(), "[topic created] " + t.name(), Keyboard.NONE,
            List.of(), Optional.empty(), Optional.empty());
        topics.put(id, t.name());
        yield desk.topicCreated(t.caseId(), id);
      }
      case StaffAction.RenameTopic r -> {
        topics.put(r.threadId(), r.name());
        yield List.of();
      }
      case StaffAction.CloseTopic c -> {
        closedTopics.add(c.threadId());
        yield List.of();
      }
      case StaffAction.PostToStaff p -> receipt(p.receipt(), add(p.chatId(), p.where().threadId(), p.where().replyTo(),
          p.text(), p.keyboard(), p.mentions(), Optional.empty(), Optional.empty()));
      case StaffAction.EditStaffPost e -> edit(e.chatId(), e.messageId(), e.text(), e.keyboard());
      case StaffAction.CopyToStaff c -> receipt(Optional.of(c.receipt()), add(c.chatId(), c.where().threadId(),
          c.where().replyTo(), "[copy]", Keyboard.NONE, List.of(), Optional.of(c.fromChatId()),
          Optional.of(c.messageId())));
      case StaffAction.SendToUser s -> receipt(s.receipt(), add(s.chatId(), Optional.empty(), Optional.empty(),
          s.text(), s.keyboard(), List.of(), Optional.empty(), Optional.empty()));
      case StaffAction.CopyToUser c -> receipt(Optional.of(c.receipt()), add(c.chatId(), Optional.empty(),
          Optional.empty(), c.caption().orElse("[copy]"), Keyboard.NONE, List.of(), Optional.of(c.fromChatId()),
          Optional.of(c.messageId())));
      case StaffAction.EditUserText e -> edit(e.chatId(), e.messageId(), e.text(), e.keyboard());
      case StaffAction.EditUserCaption e -> edit(e.chatId(), e.messageId(), e.caption(), Keyboard.NONE);
      case StaffAction.AnswerPress a -> {
        answered.add(a);
        yield List.of();
      }
      case StaffAction.NotifyMember n -> {
        notified.add(n);
        yield List.of();
      }
    };
  }

  private int add(long chatId, Optional<Integer> thread, Optional<Integer> replyTo, String text, Keyboard keyboard,
      List<Mention> mentions, Optional<Long> fromChat, Optional<Integer> copyOf) {
    int id = nextId(chatId);
    messages.add(new Message(chatId, id, thread, replyTo, text, keyboard, mentions, fromChat, copyOf));
    return id;
  }

  private List<StaffAction> receipt(Optional<Receipt> receipt, int messageId) {
    return receipt.map(r -> desk.delivered(r, messageId)).orElse(List.of());
  }

  private List<StaffAction> edit(long chatId, int messageId, String text, Keyboard keyboard) {
    for (int i = 0; i < messages.size(); i++) {
      Message m = messages.get(i);
      if (m.chatId() == chatId && m.id() == messageId) {
        messages.set(i, new Message(chatId, messageId, m.threadId(), m.replyTo(), text, keyboard, m.mentions(),
            m.copiedFromChat(), m.copyOf()));
        return List.of();
      }
    }
    throw new AssertionError("edit of a message that does not exist: " + chatId + "/" + messageId);
  }

  synchronized List<Message> in(long chatId) {
    return messages.stream().filter(m -> m.chatId() == chatId).toList();
  }

  synchronized Message last(long chatId) {
    List<Message> all = in(chatId);
    if (all.isEmpty()) {
      throw new AssertionError("nothing in chat " + chatId);
    }
    return all.get(all.size() - 1);
  }

  synchronized Message message(long chatId, int id) {
    return in(chatId).stream().filter(m -> m.id() == id).findFirst().orElseThrow();
  }

  synchronized int count(long chatId) {
    return in(chatId).size();
  }

  synchronized List<Message> since(long chatId, int count) {
    List<Message> all = in(chatId);
    return all.subList(count, all.size());
  }

  long staffChatId() {
    return staffChatId;
  }
}
