package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;

/**
 * A group, supergroup or channel the bot is in, and the bot's rights there (private chats come from
 * {@link FakeUser}s). Supergroup and channel ids are negative like Telegram's ({@code -100…}).
 */
public record FakeChat(long id, Type type, String title, Optional<String> username, boolean forum, BotRights bot) {

  public enum Type {
    GROUP,
    SUPERGROUP,
    CHANNEL;

    String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** What the bot may do in the chat; {@code admin=false} makes it a plain member. */
  public record BotRights(boolean admin, boolean canManageTopics) {
    public static BotRights member() {
      return new BotRights(false, false);
    }

    public static BotRights admin(boolean canManageTopics) {
      return new BotRights(true, canManageTopics);
    }
  }

  public FakeChat {
    if (id >= 0) {
      throw new IllegalArgumentException("group and channel ids are negative in the Bot API: " + id);
    }
    if (forum && type != Type.SUPERGROUP) {
      throw new IllegalArgumentException("only supergroups can be forums");
    }
  }

  /** A supergroup with topics where the bot is an admin that can manage topics (a staff group). */
  public static FakeChat forum(long id, String title) {
    return new FakeChat(id, Type.SUPERGROUP, title, Optional.empty(), true, BotRights.admin(true));
  }

  /** A supergroup without topics where the bot is a plain member. */
  public static FakeChat supergroup(long id, String title) {
    return new FakeChat(id, Type.SUPERGROUP, title, Optional.empty(), false, BotRights.member());
  }

  /** A basic group where the bot is a plain member. */
  public static FakeChat group(long id, String title) {
    return new FakeChat(id, Type.GROUP, title, Optional.empty(), false, BotRights.member());
  }

  /** A public channel where the bot is an admin (channels only deliver posts to admin bots). */
  public static FakeChat channel(long id, String title, String username) {
    return new FakeChat(id, Type.CHANNEL, title, Optional.of(username), false, BotRights.admin(false));
  }

  public FakeChat withBot(BotRights rights) {
    return new FakeChat(id, type, title, username, forum, rights);
  }

  public FakeChat withForum(boolean isForum) {
    return new FakeChat(id, type, title, username, isForum, bot);
  }

  /** The Bot API {@code Chat} object (as embedded in messages). */
  ObjectNode toJson() {
    ObjectNode chat = JsonNodeFactory.instance.objectNode();
    chat.put("id", id);
    chat.put("title", title);
    username.ifPresent(v -> chat.put("username", v));
    chat.put("type", type.json());
    if (forum) {
      chat.put("is_forum", true);
    }
    return chat;
  }
}
