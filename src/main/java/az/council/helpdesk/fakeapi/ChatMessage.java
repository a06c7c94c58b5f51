package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One message of a chat as the user sees it now: edits applied, {@code deleted} once removed. {@code text} is the
 * plain text after entity parsing (the caption for media); {@code replyMarkup} is the keyboard the bot attached
 * (inline or reply keyboard); {@code json} is the Bot API {@code Message} as Telegram would return it.
 */
public record ChatMessage(
    long chatId,
    int messageId,
    boolean fromBot,
    String kind,
    String text,
    Optional<Integer> threadId,
    Optional<JsonNode> replyMarkup,
    int editCount,
    boolean deleted,
    Instant date,
    ObjectNode json) {

  /** A button of an inline keyboard. */
  public record InlineButton(String text, Optional<String> callbackData, Optional<String> url) {}

  /** The rows of the inline keyboard, empty when there is none. */
  public List<List<InlineButton>> inlineKeyboard() {
    List<List<InlineButton>> rows = new ArrayList<>();
    replyMarkup.map(m -> m.path("inline_keyboard")).filter(JsonNode::isArray).ifPresent(keyboard -> {
      for (JsonNode row : keyboard) {
        List<InlineButton> buttons = new ArrayList<>();
        for (JsonNode b : row) {
          buttons.add(new InlineButton(b.path("text").asText(), optional(b, "callback_data"), optional(b, "url")));
        }
        rows.add(List.copyOf(buttons));
      }
    });
    return List.copyOf(rows);
  }

  /** All inline buttons, row by row. */
  public List<InlineButton> buttons() {
    return inlineKeyboard().stream().flatMap(List::stream).toList();
  }

  /** The inline button with this exact text. */
  public Optional<InlineButton> button(String buttonText) {
    return buttons().stream().filter(b -> b.text().equals(buttonText)).findFirst();
  }

  private static Optional<String> optional(JsonNode node, String field) {
    return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
  }
}
