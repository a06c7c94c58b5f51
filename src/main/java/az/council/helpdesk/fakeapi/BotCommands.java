package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** {@code setMyCommands}/{@code getMyCommands}/{@code deleteMyCommands}: one list per scope and language. */
final class BotCommands {
  private static final Pattern COMMAND = Pattern.compile("[a-z0-9_]{1,32}");
  private static final Pattern LANGUAGE = Pattern.compile("|[a-z]{2}");

  private final Map<String, BotCommandSet> sets = new LinkedHashMap<>();

  void set(Params p) {
    JsonNode commands = p.json("commands").orElseThrow(() -> ApiError.badRequest("parameter \"commands\" is required"));
    if (!commands.isArray() || commands.size() > 100) {
      throw ApiError.badRequest("BOT_COMMANDS_TOO_MUCH");
    }
    List<BotCommandSet.Command> list = new ArrayList<>();
    for (JsonNode c : commands) {
      String command = c.path("command").asText("");
      String description = c.path("description").asText("");
      if (!COMMAND.matcher(command).matches()) {
        throw ApiError.badRequest("BOT_COMMAND_INVALID");
      }
      if (description.isBlank() || description.length() > 256) {
        throw ApiError.badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
      }
      list.add(new BotCommandSet.Command(command, description));
    }
    String scope = scope(p);
    String language = language(p);
    if (list.isEmpty()) {
      sets.remove(scope + "|" + language);
    } else {
      sets.put(scope + "|" + language, new BotCommandSet(scope, language, List.copyOf(list)));
    }
  }

  ArrayNode get(Params p) {
    ArrayNode result = JsonNodeFactory.instance.arrayNode();
    BotCommandSet set = sets.get(scope(p) + "|" + language(p));
    if (set != null) {
      set.commands().forEach(c -> result.addObject().put("command", c.command()).put("description", c.description()));
    }
    return result;
  }

  void delete(Params p) {
    sets.remove(scope(p) + "|" + language(p));
  }

  List<BotCommandSet> all() {
    return List.copyOf(sets.values());
  }

  /** "default", "all_private_chats", … or "chat:-100123" / "chat_member:-100123:42" for chat-bound scopes. */
  private static String scope(Params p) {
    JsonNode scope = p.json("scope").orElse(JsonNodeFactory.instance.objectNode().put("type", "default"));
    String type = scope.path("type").asText("default");
    return switch (type) {
      case "default", "all_private_chats", "all_group_chats", "all_chat_administrators" -> type;
      case "chat", "chat_administrators" -> type + ":" + scope.path("chat_id").asText();
      case "chat_member" -> type + ":" + scope.path("chat_id").asText() + ":" + scope.path("user_id").asText();
      default -> throw ApiError.badRequest("unsupported bot command scope type");
    };
  }

  private static String language(Params p) {
    String language = p.string("language_code").orElse("");
    if (!LANGUAGE.matcher(language).matches()) {
      throw ApiError.badRequest("invalid language code specified");
    }
    return language;
  }
}
