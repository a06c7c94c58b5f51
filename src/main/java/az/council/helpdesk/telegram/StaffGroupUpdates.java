package az.council.helpdesk.telegram;

import az.council.helpdesk.cases.CaseDesk;
import az.council.helpdesk.cases.StaffEvent;
import az.council.helpdesk.conversation.Action;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The staff group's updates for the cases desk: each message, command, edit or button press becomes a {@link
 * StaffEvent} ({@link StaffEventMapper}), the desk decides, and the {@link StaffPerformer} carries out its actions
 * before the update counts as handled.
 */
public final class StaffGroupUpdates implements StaffUpdates {
  private final CaseDesk desk;
  private final StaffPerformer performer;
  private final StaffEventMapper events;

  public StaffGroupUpdates(CaseDesk desk, StaffPerformer performer, Optional<String> botUsername, Clock clock) {
    this.desk = desk;
    this.performer = performer;
    this.events = new StaffEventMapper(botUsername, clock);
  }

  @Override
  public List<Action> handle(Update update) throws InterruptedException {
    Optional<StaffEvent> event = events.event(update);
    if (event.isPresent()) {
      performer.perform(desk.fromStaff(event.get()));
    }
    return List.of();
  }
}
