package az.council.helpdesk.conversation;

import java.time.Instant;
import java.util.Optional;

/**
 * What reaches the conversation from a migrant's private chat, already stripped of Telegram types. The
 * Telegram adapter maps updates to these; the terminal {@code chat} command and the tests create them
 * directly.
 */
public sealed interface Event {
  Sender sender();

  Instant at();

  /** A plain text message. */
  record Text(Sender sender, Instant at, int messageId, String text) implements Event {}

  /**
   * A bot command: {@code name} is lower case without the slash and without an {@code @botname} suffix;
   * {@code argument} is the rest of the line, stripped (maybe empty).
   */
  record Command(Sender sender, Instant at, int messageId, String name, String argument) implements Event {}

  /** A press on an inline button of the message {@code messageId}; {@code data} is untrusted. */
  record Press(Sender sender, Instant at, String callbackId, int messageId, String data) implements Event {}

  /** Anything that is not text: a sticker, photo, voice note, document, location… */
  record Media(Sender sender, Instant at, int messageId, Kind kind, Optional<String> caption) implements Event {
    public enum Kind { STICKER, PHOTO, VOICE, VIDEO, AUDIO, DOCUMENT, LOCATION, CONTACT, POLL, OTHER }
  }

  /** The user edited an earlier message (relayed to a member when a case is open). */
  record Edited(Sender sender, Instant at, int messageId, String text) implements Event {}
}
