package az.council.helpdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.config.SendLimits;
import az.council.helpdesk.store.OutboxEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class SendScheduleTest {
  private long ids;
  private final SendSchedule schedule = new SendSchedule(new SendLimits(30, Duration.ofSeconds(1)), 1000,
      e -> switch (e.kind()) {
        case "answer" -> Outgoing.Rate.BOT_ONLY;
        case "handoff" -> Outgoing.Rate.NONE;
        default -> Outgoing.Rate.MESSAGE;
      });

  private OutboxEntry row(long chat, String kind) {
    long id = ++ids;
    return new OutboxEntry(id, chat, kind, "{}", 0, 0, 0);
  }

  @Test
  void oneChat_getsOneMessageAtATimeAndOnePerSecond() {
    OutboxEntry a = row(1, "send");
    OutboxEntry b = row(1, "send");
    schedule.add(List.of(a, b));

    assertThat(schedule.next(0)).isEqualTo(new SendSchedule.Next.Send(a));
    assertThat(schedule.next(0)).as("b waits for a to finish").isInstanceOf(SendSchedule.Next.Idle.class);
    schedule.finished(a, 40);
    assertThat(schedule.next(50)).as("a second after a was answered").isEqualTo(new SendSchedule.Next.WaitUntil(1040));
    assertThat(schedule.next(1040)).isEqualTo(new SendSchedule.Next.Send(b));
    schedule.finished(b, 1050);
    assertThat(schedule.size()).isZero();
  }

  @Test
  void answersToPresses_doNotWaitForTheChatInterval() {
    OutboxEntry answer = row(1, "answer");
    OutboxEntry edit = row(1, "edit");
    schedule.add(List.of(answer, edit));

    assertThat(schedule.next(0)).isEqualTo(new SendSchedule.Next.Send(answer));
    schedule.finished(answer, 0);
    assertThat(schedule.next(5)).isEqualTo(new SendSchedule.Next.Send(edit));
  }

  @Test
  void manyChats_atMostThirtyCallsInAnyOneSecondWindow() {
    List<OutboxEntry> rows = new ArrayList<>();
    for (int chat = 1; chat <= 1000; chat++) {
      rows.add(row(chat, "send"));
    }
    schedule.add(rows);
    List<Long> sentAt = new ArrayList<>();
    long now = 0;
    while (schedule.size() > 0) {
      switch (schedule.next(now)) {
        case SendSchedule.Next.Send s -> {
          sentAt.add(now);
          schedule.finished(s.entry(), now);
        }
        case SendSchedule.Next.WaitUntil w -> now = w.millis();
        case SendSchedule.Next.Idle i -> throw new AssertionError("idle with work left");
      }
    }

    assertThat(sentAt).hasSize(1000);
    for (int i = 30; i < sentAt.size(); i++) {
      assertThat(sentAt.get(i) - sentAt.get(i - 30)).as("window ending at send %d", i).isGreaterThanOrEqualTo(1000);
    }
    assertThat(now).as("1000 messages at 30/s").isEqualTo(33_000);
  }

  @Test
  void chatsAreServedOldestRowFirst_andEachChatInOrder() {
    Map<Long, List<Long>> order = new HashMap<>();
    List<OutboxEntry> rows = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      for (long chat = 1; chat <= 5; chat++) {
        rows.add(row(chat, "send"));
      }
    }
    schedule.add(rows);
    long now = 0;
    List<Long> firstRound = new ArrayList<>();
    while (schedule.size() > 0) {
      if (schedule.next(now) instanceof SendSchedule.Next.Send s) {
        order.computeIfAbsent(s.entry().chatId(), k -> new ArrayList<>()).add(s.entry().id());
        if (firstRound.size() < 5) {
          firstRound.add(s.entry().chatId());
        }
        schedule.finished(s.entry(), now);
      } else {
        now += 100;
      }
    }

    assertThat(firstRound).containsExactly(1L, 2L, 3L, 4L, 5L);
    order.values().forEach(ids -> assertThat(ids).isSorted());
  }

  @Test
  void retry_keepsTheRowFirstInItsChat_andWaits() {
    OutboxEntry a = row(1, "send");
    OutboxEntry b = row(1, "send");
    schedule.add(List.of(a, b));
    schedule.next(0);

    schedule.retry(a, 5000, 0);

    assertThat(schedule.next(1000)).isEqualTo(new SendSchedule.Next.WaitUntil(5000));
    SendSchedule.Next next = schedule.next(5000);
    assertThat(next).isInstanceOf(SendSchedule.Next.Send.class);
    assertThat(((SendSchedule.Next.Send) next).entry().id()).isEqualTo(a.id());
    assertThat(((SendSchedule.Next.Send) next).entry().attempts()).isEqualTo(1);
  }

  @Test
  void aRetryingChat_doesNotHoldUpOthers() {
    OutboxEntry a = row(1, "send");
    OutboxEntry b = row(2, "send");
    schedule.add(List.of(a));
    schedule.next(0);
    schedule.retry(a, 60_000, 0);
    schedule.add(List.of(b));

    assertThat(schedule.next(1)).isEqualTo(new SendSchedule.Next.Send(b));
  }

  @Test
  void dropChat_forgetsWaitingRowsButNotTheOneInFlight() {
    OutboxEntry a = row(1, "send");
    schedule.add(List.of(a, row(1, "send"), row(1, "send")));
    schedule.next(0);

    assertThat(schedule.dropChat(1)).isEqualTo(2);
    schedule.finished(a, 0);
    assertThat(schedule.size()).isZero();
    assertThat(schedule.next(5000)).isInstanceOf(SendSchedule.Next.Idle.class);
  }

  @Test
  void dropChat_keepsHandOffs() {
    OutboxEntry handOff = row(1, "handoff");
    schedule.add(List.of(row(1, "send"), handOff, row(1, "send")));

    assertThat(schedule.dropChat(1)).isEqualTo(2);
    assertThat(schedule.next(0)).isEqualTo(new SendSchedule.Next.Send(handOff));
  }

  @Test
  void handOffs_ignoreEveryRateLimit() {
    SendSchedule tight = new SendSchedule(new SendLimits(1, Duration.ofSeconds(10)), 10,
        e -> e.kind().equals("handoff") ? Outgoing.Rate.NONE : Outgoing.Rate.MESSAGE);
    OutboxEntry send = row(1, "send");
    OutboxEntry handOff = row(2, "handoff");
    tight.add(List.of(send, handOff));

    assertThat(tight.next(0)).isEqualTo(new SendSchedule.Next.Send(send));
    assertThat(tight.next(0)).isEqualTo(new SendSchedule.Next.Send(handOff));
  }

  @Test
  void inFlightCap_holdsFurtherCalls() {
    SendSchedule capped = new SendSchedule(new SendLimits(1000, Duration.ZERO), 2, e -> Outgoing.Rate.MESSAGE);
    capped.add(List.of(row(1, "send"), row(2, "send"), row(3, "send")));

    assertThat(capped.next(0)).isInstanceOf(SendSchedule.Next.Send.class);
    assertThat(capped.next(0)).isInstanceOf(SendSchedule.Next.Send.class);
    assertThat(capped.next(0)).isInstanceOf(SendSchedule.Next.Idle.class);
    assertThat(capped.inFlight()).isEqualTo(2);
  }
}
