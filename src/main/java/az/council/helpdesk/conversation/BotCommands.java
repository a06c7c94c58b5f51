package az.council.helpdesk.conversation;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The commands a migrant can use, in menu order, with their descriptions in each language: what the
 * Telegram adapter registers with {@code setMyCommands} and what /help and unknown commands list.
 */
public final class BotCommands {
  /** Command names without the slash. */
  public static final List<String> NAMES =
      List.of("start", "topics", "language", "help", "human", "privacy", "forget", "cancel");

  private BotCommands() {}

  /** Name → description in {@code language}, in menu order (keys {@code chat.command.<name>}). */
  public static Map<String, String> descriptions(Messages messages, Language language) {
    Map<String, String> descriptions = new LinkedHashMap<>();
    for (String name : NAMES) {
      descriptions.put(name, messages.get(language, "chat.command." + name));
    }
    return descriptions;
  }

  /** The list as text: one "/name — description" per line. */
  static String list(Messages messages, Language language) {
    StringBuilder text = new StringBuilder();
    descriptions(messages, language).forEach((name, description) ->
        text.append(text.isEmpty() ? "" : "\n").append('/').append(name).append(" — ").append(description));
    return text.toString();
  }
}
