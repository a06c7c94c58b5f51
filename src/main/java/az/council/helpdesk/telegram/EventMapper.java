package az.council.helpdesk.telegram;

import az.council.helpdesk.conversation.Event;
import az.council.helpdesk.conversation.Event.Media.Kind;
import az.council.helpdesk.conversation.Sender;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Turns a message of a private chat into a conversation {@link Event}; Telegram types stop here. */
final class EventMapper {
  // Telegram's own rule for command names: 1-32 of [A-Za-z0-9_], optionally addressed as /name@botname.
  static final Pattern COMMAND = Pattern.compile("/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\\s+(.*))?",
      Pattern.DOTALL);
  private final Optional<String> botUsername;

  EventMapper(Optional<String> botUsername) {
    this.botUsername = botUsername;
  }

  /** The event for a new message; empty for service messages (a pin, a chat title…) that need no answer. */
  Optional<Event> message(Message m) {
    Sender sender = sender(m.getFrom(), m.getChatId());
    Instant at = Instant.ofEpochSecond(m.getDate() == null ? 0 : m.getDate());
    int id = m.getMessageId() == null ? 0 : m.getMessageId();
    if (m.getText() != null) {
      return Optional.of(command(sender, at, id, m.getText())
          .orElseGet(() -> new Event.Text(sender, at, id, m.getText())));
    }
    return kind(m).map(kind -> new Event.Media(sender, at, id, kind,
        Optional.ofNullable(m.getCaption()).filter(c -> !c.isBlank())));
  }

  /** The event for an edited message; empty when it carries no text or caption. */
  Optional<Event> edited(Message m) {
    String text = m.getText() != null ? m.getText() : m.getCaption();
    if (text == null) {
      return Optional.empty();
    }
    Integer when = m.getEditDate() != null ? m.getEditDate() : m.getDate();
    return Optional.of(new Event.Edited(sender(m.getFrom(), m.getChatId()), Instant.ofEpochSecond(when == null ? 0 : when),
        m.getMessageId() == null ? 0 : m.getMessageId(), text));
  }

  static Sender sender(User from, Long chatId) {
    long userId = from != null ? from.getId() : chatId;
    return new Sender(userId, chatId == null ? userId : chatId,
        Optional.ofNullable(from).map(User::getLanguageCode).filter(s -> !s.isBlank()));
  }

  private Optional<Event> command(Sender sender, Instant at, int id, String text) {
    Matcher m = COMMAND.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String addressee = m.group(2);
    if (addressee != null && botUsername.isPresent() && !botUsername.get().equalsIgnoreCase(addressee)) {
      return Optional.empty();
    }
    String argument = m.group(3) == null ? "" : m.group(3).strip();
    return Optional.of(new Event.Command(sender, at, id, m.group(1).toLowerCase(Locale.ROOT), argument));
  }

  /** The kind of a non-text message; empty for service messages. */
  static Optional<Kind> kind(Message m) {
    Kind kind = null;
    if (m.hasSticker()) {
      kind = Kind.STICKER;
    } else if (m.hasPhoto()) {
      kind = Kind.PHOTO;
    } else if (m.hasVoice()) {
      kind = Kind.VOICE;
    } else if (m.hasVideo() || m.hasVideoNote()) {
      kind = Kind.VIDEO;
    } else if (m.hasAudio()) {
      kind = Kind.AUDIO;
    } else if (m.hasDocument() || m.hasAnimation()) {
      kind = Kind.DOCUMENT;
    } else if (m.hasLocation() || m.getVenue() != null) {
      kind = Kind.LOCATION;
    } else if (m.hasContact()) {
      kind = Kind.CONTACT;
    } else if (m.hasPoll()) {
      kind = Kind.POLL;
    } else if (m.hasDice() || m.hasGame() || m.hasStory() || m.hasPaidMedia() || m.hasChecklist()) {
      kind = Kind.OTHER;
    }
    return Optional.ofNullable(kind);
  }
}
