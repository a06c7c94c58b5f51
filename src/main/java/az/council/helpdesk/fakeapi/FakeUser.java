package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** A Telegram user as the fake server knows it; its private chat with the bot has the same id. */
public record FakeUser(
    long id,
    String firstName,
    Optional<String> lastName,
    Optional<String> username,
    Optional<String> languageCode,
    boolean isBot) {

  /** A human user whose Telegram client runs in {@code languageCode} (e.g. "az", "ru", "en", "de"). */
  public static FakeUser of(long id, String firstName, String languageCode) {
    return new FakeUser(id, firstName, Optional.empty(), Optional.empty(), Optional.of(languageCode), false);
  }

  /** A human user whose client sends no language_code (Telegram omits it for some clients). */
  public static FakeUser withoutLanguage(long id, String firstName) {
    return new FakeUser(id, firstName, Optional.empty(), Optional.empty(), Optional.empty(), false);
  }

  public FakeUser withUsername(String name) {
    return new FakeUser(id, firstName, lastName, Optional.of(name), languageCode, isBot);
  }

  public FakeUser withLastName(String name) {
    return new FakeUser(id, firstName, Optional.of(name), username, languageCode, isBot);
  }

  /** The Bot API {@code User} object. */
  ObjectNode toJson() {
    ObjectNode user = JsonNodeFactory.instance.objectNode();
    user.put("id", id);
    user.put("is_bot", isBot);
    user.put("first_name", firstName);
    lastName.ifPresent(v -> user.put("last_name", v));
    username.ifPresent(v -> user.put("username", v));
    languageCode.ifPresent(v -> user.put("language_code", v));
    return user;
  }

  /** The Bot API {@code Chat} object of this user's private chat with the bot. */
  ObjectNode privateChatJson() {
    ObjectNode chat = JsonNodeFactory.instance.objectNode();
    chat.put("id", id);
    chat.put("type", "private");
    chat.put("first_name", firstName);
    lastName.ifPresent(v -> chat.put("last_name", v));
    username.ifPresent(v -> chat.put("username", v));
    return chat;
  }
}
