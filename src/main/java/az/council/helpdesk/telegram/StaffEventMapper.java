package az.council.helpdesk.telegram;

import az.council.helpdesk.cases.Content;
import az.council.helpdesk.cases.Placement;
import az.council.helpdesk.cases.StaffEvent;
import az.council.helpdesk.cases.Staffer;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Turns a staff-group update into the desk's {@link StaffEvent}; Telegram types stop here. Commands addressed to
 * other bots, bots' own messages and service messages (topic created, member joined) give none.
 */
final class StaffEventMapper {
  private final Optional<String> botUsername;
  private final Clock clock;

  StaffEventMapper(Optional<String> botUsername, Clock clock) {
    this.botUsername = botUsername;
    this.clock = clock;
  }

  /** The desk's view of the update; empty when it is none of the desk's business. */
  Optional<StaffEvent> event(Update u) {
    if (u.getMessage() != null) {
      return message(u.getMessage());
    }
    if (u.getEditedMessage() != null) {
      Message m = u.getEditedMessage();
      return human(m.getFrom()).flatMap(from -> content(m)
          .map(c -> new StaffEvent.MemberEdit(from, at(m.getEditDate(), m.getDate()), where(m), id(m), c)));
    }
    if (u.getCallbackQuery() != null) {
      return press(u.getCallbackQuery());
    }
    return Optional.empty();
  }

  private Optional<StaffEvent> message(Message m) {
    Optional<Staffer> sender = human(m.getFrom());
    if (sender.isEmpty()) {
      return Optional.empty();
    }
    Staffer from = sender.get();
    Instant at = at(null, m.getDate());
    if (m.getText() != null) {
      Matcher command = EventMapper.COMMAND.matcher(m.getText().strip());
      if (command.matches()) {
        String addressee = command.group(2);
        if (addressee != null && botUsername.map(b -> !b.equalsIgnoreCase(addressee)).orElse(false)) {
          return Optional.empty(); // another bot's command
        }
        String argument = command.group(3) == null ? "" : command.group(3).strip();
        Optional<Staffer> repliedTo = Optional.ofNullable(m.getReplyToMessage()).filter(r -> !topicRoot(m, r))
            .flatMap(r -> human(r.getFrom()));
        return Optional.of(new StaffEvent.MemberCommand(from, at, where(m), id(m),
            command.group(1).toLowerCase(Locale.ROOT), argument, repliedTo));
      }
    }
    return content(m).map(c -> new StaffEvent.MemberMessage(from, at, where(m), id(m), c));
  }

  private Optional<StaffEvent> press(CallbackQuery q) {
    if (q.getFrom() == null || !(q.getMessage() instanceof Message m)) {
      return Optional.empty();
    }
    return human(q.getFrom()).map(from -> new StaffEvent.ButtonPress(from, clock.instant(), where(m), id(m),
        q.getId(), q.getData() == null ? "" : q.getData()));
  }

  private static Optional<Content> content(Message m) {
    if (m.getText() != null) {
      return Optional.of(new Content.Text(m.getText()));
    }
    return EventMapper.kind(m).map(kind -> new Content.Media(kind,
        Optional.ofNullable(m.getCaption()).filter(c -> !c.isBlank())));
  }

  /**
   * Telegram's thread and the message replied to; in a forum topic every message "replies" to the topic's first
   * message, which is not a reply the member chose, so it is left out.
   */
  static Placement where(Message m) {
    Optional<Integer> thread = Optional.ofNullable(m.getMessageThreadId());
    Optional<Integer> reply = Optional.ofNullable(m.getReplyToMessage()).filter(r -> !topicRoot(m, r))
        .map(Message::getMessageId);
    return new Placement(thread, reply);
  }

  private static boolean topicRoot(Message m, Message replied) {
    return Boolean.TRUE.equals(m.getIsTopicMessage()) && replied.getMessageId() != null
        && (replied.getMessageId().equals(m.getMessageThreadId()) || replied.getForumTopicCreated() != null);
  }

  private static Optional<Staffer> human(User user) {
    if (user == null || Boolean.TRUE.equals(user.getIsBot())) {
      return Optional.empty();
    }
    String name = user.getLastName() == null ? user.getFirstName() : user.getFirstName() + " " + user.getLastName();
    return Optional.of(new Staffer(user.getId(), name == null ? "" : name, Optional.ofNullable(user.getUserName())));
  }

  private static int id(Message m) {
    return m.getMessageId() == null ? 0 : m.getMessageId();
  }

  private Instant at(Integer edited, Integer sent) {
    Integer seconds = edited != null ? edited : sent;
    return seconds == null ? clock.instant() : Instant.ofEpochSecond(seconds);
  }
}
