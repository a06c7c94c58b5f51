package az.council.helpdesk.conversation;

import java.util.Optional;

/**
 * Who an event comes from. In a private chat {@code chatId == userId}; {@code clientLanguage} is Telegram's
 * {@code language_code} (e.g. "ru", "az", "en-GB"), when the client sends one.
 */
public record Sender(long userId, long chatId, Optional<String> clientLanguage) {
  public static Sender privateChat(long userId, String clientLanguage) {
    return new Sender(userId, userId, Optional.ofNullable(clientLanguage));
  }
}
