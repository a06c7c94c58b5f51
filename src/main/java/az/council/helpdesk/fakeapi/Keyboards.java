package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/** Checks a {@code reply_markup} the way Telegram does before it accepts a message. */
final class Keyboards {
  private static final Set<String> INLINE_ACTIONS = Set.of("url", "callback_data", "web_app", "login_url",
      "switch_inline_query", "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text",
      "callback_game", "pay");

  private Keyboards() {}

  static Optional<JsonNode> validate(Optional<JsonNode> markup) {
    markup.ifPresent(m -> {
      if (!m.isObject()) {
        throw ApiError.badRequest("can't parse reply keyboard markup JSON object");
      }
      if (m.has("inline_keyboard")) {
        inline(m.get("inline_keyboard"));
      } else if (m.has("keyboard")) {
        rows(m.get("keyboard"), "keyboard");
      } else if (!m.has("remove_keyboard") && !m.has("force_reply")) {
        throw ApiError.badRequest("can't parse reply keyboard markup JSON object");
      }
    });
    return markup;
  }

  /** Only inline keyboards belong to a {@code Message}; reply keyboards are shown but never echoed back. */
  static Optional<JsonNode> inlineOnly(Optional<JsonNode> markup) {
    return markup.filter(m -> m.has("inline_keyboard"));
  }

  private static void inline(JsonNode keyboard) {
    rows(keyboard, "inline keyboard");
    for (JsonNode row : keyboard) {
      for (JsonNode button : row) {
        if (button.path("text").asText("").isEmpty()) {
          throw ApiError.badRequest("BUTTON_TEXT_INVALID");
        }
        long actions = INLINE_ACTIONS.stream().filter(button::hasNonNull).count();
        if (actions != 1) {
          throw ApiError.badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }
        if (button.has("callback_data")) {
          int bytes = button.get("callback_data").asText().getBytes(StandardCharsets.UTF_8).length;
          if (bytes < 1 || bytes > 64) {
            throw ApiError.badRequest("BUTTON_DATA_INVALID");
          }
        }
        if (button.has("url") && !button.get("url").asText().matches("(?i)(https?|tg)://\\S+")) {
          throw ApiError.badRequest("BUTTON_URL_INVALID");
        }
      }
    }
  }

  private static void rows(JsonNode keyboard, String what) {
    if (!keyboard.isArray()) {
      throw ApiError.badRequest("field \"" + what + "\" must be an Array");
    }
    for (JsonNode row : keyboard) {
      if (!row.isArray()) {
        throw ApiError.badRequest("can't parse " + what + " row: field must be an Array");
      }
    }
  }
}
