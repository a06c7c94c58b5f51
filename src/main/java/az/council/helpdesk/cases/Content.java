package az.council.helpdesk.cases;

import az.council.helpdesk.conversation.Event;
import java.util.Optional;

/** What a staff message holds: text, or media (relayed by copying the message, never by downloading it). */
public sealed interface Content {

  record Text(String text) implements Content {}

  record Media(Event.Media.Kind kind, Optional<String> caption) implements Content {
    /** Whether Telegram lets a copy of this kind carry a caption (stickers, locations, polls… cannot). */
    public boolean takesCaption() {
      return switch (kind) {
        case PHOTO, VIDEO, VOICE, AUDIO, DOCUMENT -> true;
        case STICKER, LOCATION, CONTACT, POLL, OTHER -> false;
      };
    }
  }
}
