package az.council.helpdesk.telegram;

import az.council.helpdesk.config.SendLimits;
import az.council.helpdesk.store.OutboxEntry;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides which outbox row goes out next, and when: rows of one chat strictly in order with one in flight
 * at a time, at least {@link SendLimits#chatInterval()} between two messages to one chat (counted from the
 * moment the previous one was answered, so the gap also holds at Telegram's end), at most {@link
 * SendLimits#perSecond()} calls in any one-second window across the bot, chats served oldest row first.
 * Pure state driven by the caller's clock (millis), not thread-safe: {@link OutboxSender} guards it.
 */
final class SendSchedule {
  static final long WINDOW_MILLIS = 1000;

  /** What to do now. */
  sealed interface Next {
    record Send(OutboxEntry entry) implements Next {}

    record WaitUntil(long millis) implements Next {}

    record Idle() implements Next {}
  }

  private record Ready(long chatId, long at, long headId, long ticket) {}

  private final SendLimits limits;
  private final int maxInFlight;
  private final Function<OutboxEntry, Outgoing.Rate> rate;
  private final Map<Long, Deque<OutboxEntry>> queues = new HashMap<>();
  private final Map<Long, Long> chatFreeAt = new HashMap<>();
  private final Map<Long, Long> tickets = new HashMap<>();
  private final Set<Long> inFlight = new HashSet<>();
  private final Deque<Long> window = new ArrayDeque<>();
  private final PriorityQueue<Ready> ready = new PriorityQueue<>((a, b) -> a.at != b.at
      ? Long.compare(a.at, b.at) : Long.compare(a.headId, b.headId));
  private long nextTicket;
  private int size;

  SendSchedule(SendLimits limits, int maxInFlight, Function<OutboxEntry, Outgoing.Rate> rate) {
    this.limits = limits;
    this.maxInFlight = maxInFlight;
    this.rate = rate;
  }

  void add(List<OutboxEntry> entries) {
    for (OutboxEntry entry : entries) {
      Deque<OutboxEntry> queue = queues.computeIfAbsent(entry.chatId(), k -> new ArrayDeque<>());
      queue.addLast(entry);
      size++;
      if (queue.size() == 1 && !inFlight.contains(entry.chatId())) {
        reschedule(entry.chatId());
      }
    }
  }

  Next next(long now) {
    if (chatFreeAt.size() > 2 * queues.size() + 1024) {
      chatFreeAt.entrySet().removeIf(e -> e.getValue() <= now && !queues.containsKey(e.getKey()));
    }
    while (!ready.isEmpty() && ready.peek().ticket != tickets.getOrDefault(ready.peek().chatId, -1L)) {
      ready.poll();
    }
    if (ready.isEmpty()) {
      return new Next.Idle();
    }
    if (inFlight.size() >= maxInFlight) {
      return new Next.Idle();
    }
    Ready top = ready.peek();
    if (top.at > now) {
      return new Next.WaitUntil(top.at);
    }
    OutboxEntry entry = queues.get(top.chatId).peekFirst();
    Outgoing.Rate kind = rate.apply(entry);
    if (kind != Outgoing.Rate.NONE) {
      while (!window.isEmpty() && window.peekFirst() + WINDOW_MILLIS <= now) {
        window.pollFirst();
      }
      if (window.size() >= limits.perSecond()) {
        return new Next.WaitUntil(window.peekFirst() + WINDOW_MILLIS);
      }
      window.addLast(now);
    }
    ready.poll();
    tickets.remove(top.chatId);
    inFlight.add(top.chatId);
    return new Next.Send(entry);
  }

  /** The in-flight head of its chat is done (delivered or failed for good): the chat moves on. */
  void finished(OutboxEntry entry, long now) {
    spaceChat(entry, now);
    Deque<OutboxEntry> queue = queues.get(entry.chatId());
    if (queue != null && !queue.isEmpty() && queue.peekFirst().id() == entry.id()) {
      queue.pollFirst();
      size--;
    }
    release(entry.chatId());
  }

  /** The in-flight head failed transiently: it stays first in its chat and is not tried before {@code notBefore}. */
  void retry(OutboxEntry entry, long notBefore, long now) {
    spaceChat(entry, now);
    Deque<OutboxEntry> queue = queues.get(entry.chatId());
    if (queue != null && !queue.isEmpty() && queue.peekFirst().id() == entry.id()) {
      queue.pollFirst();
      queue.addFirst(entry.withAttempt(notBefore));
    }
    chatFreeAt.merge(entry.chatId(), notBefore, Math::max);
    release(entry.chatId());
  }

  private void spaceChat(OutboxEntry entry, long now) {
    if (rate.apply(entry) == Outgoing.Rate.MESSAGE) {
      chatFreeAt.merge(entry.chatId(), now + limits.chatInterval().toMillis(), Math::max);
    }
  }

  /** Forgets every message of the chat that is not in flight (the user blocked the bot); hand-offs stay. */
  int dropChat(long chatId) {
    Deque<OutboxEntry> queue = queues.get(chatId);
    if (queue == null) {
      return 0;
    }
    OutboxEntry head = inFlight.contains(chatId) ? queue.peekFirst() : null;
    int before = queue.size();
    queue.removeIf(e -> e != head && rate.apply(e) != Outgoing.Rate.NONE);
    int dropped = before - queue.size();
    size -= dropped;
    if (head == null) {
      tickets.remove(chatId);
      if (queue.isEmpty()) {
        queues.remove(chatId);
      } else {
        reschedule(chatId);
      }
    }
    return dropped;
  }

  int size() {
    return size;
  }

  int inFlight() {
    return inFlight.size();
  }

  private void release(long chatId) {
    inFlight.remove(chatId);
    Deque<OutboxEntry> queue = queues.get(chatId);
    if (queue == null || queue.isEmpty()) {
      queues.remove(chatId);
      return;
    }
    reschedule(chatId);
  }

  private void reschedule(long chatId) {
    OutboxEntry head = queues.get(chatId).peekFirst();
    long at = head.notBeforeMillis();
    if (rate.apply(head) == Outgoing.Rate.MESSAGE) {
      at = Math.max(at, chatFreeAt.getOrDefault(chatId, Long.MIN_VALUE));
    }
    long ticket = nextTicket++;
    tickets.put(chatId, ticket);
    ready.add(new Ready(chatId, at, head.id(), ticket));
  }
}
