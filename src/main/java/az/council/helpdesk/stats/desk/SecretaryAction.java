package az.council.helpdesk.stats.desk;

import az.council.helpdesk.conversation.Keyboard;
import java.nio.file.Path;
import java.util.Optional;

/** What the desk asks Telegram to do, in order. */
public sealed interface SecretaryAction {

  /** A message of at most 4,096 characters (the desk has split longer text), with optional inline buttons. */
  record SendText(Place to, String text, Keyboard keyboard) implements SecretaryAction {}

  /** A file sent as a document (CSV, XLSX). */
  record SendDocument(Place to, Path file, String caption) implements SecretaryAction {}

  /** An image sent as a photo (the PNG charts), so it shows inline on a phone. */
  record SendPhoto(Place to, Path file, String caption) implements SecretaryAction {}

  /** Replaces the text and buttons of a message the bot sent ({@link Keyboard#NONE} removes the buttons). */
  record EditText(long chatId, int messageId, String text, Keyboard keyboard) implements SecretaryAction {}

  /** Answers a button press (stops the client's spinner); {@code notice} shows as a short toast. */
  record AnswerPress(String pressId, Optional<String> notice) implements SecretaryAction {}

  /**
   * Deletes a temporary directory of export files and everything in it; comes after the sends that use it and
   * must be executed whether they succeeded or not.
   */
  record DiscardFiles(Path directory) implements SecretaryAction {
    /** Deletes the directory now; a failure is logged, not thrown (nothing else depends on it). */
    public void deleteNow() {
      StatsExports.discard(directory);
    }
  }
}
