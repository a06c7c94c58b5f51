package az.council.helpdesk.telegram;

import az.council.helpdesk.conversation.Action;
import az.council.helpdesk.conversation.Keyboard;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.store.OutboxEntry;
import az.council.helpdesk.triage.Urgency;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's encoding of {@link Outgoing}: a kind and a small JSON object. Written by hand (not by record
 * reflection) so the stored format is explicit and stays readable across versions.
 */
final class OutboxCodec {
  private final ObjectMapper json = new ObjectMapper();

  OutboxEntry.New encode(Outgoing call) {
    ObjectNode node = json.createObjectNode();
    String kind = switch (call) {
      case Outgoing.Message m -> {
        node.put("chat_id", m.chatId()).put("text", m.text()).set("keyboard", keyboard(m.keyboard()));
        yield "send";
      }
      case Outgoing.EditText e -> {
        node.put("chat_id", e.chatId()).put("message_id", e.messageId()).put("text", e.text())
            .set("keyboard", keyboard(e.keyboard()));
        yield "edit";
      }
      case Outgoing.Answer a -> {
        node.put("chat_id", a.chatId()).put("callback_id", a.callbackId());
        a.notice().ifPresent(n -> node.put("notice", n));
        yield "answer";
      }
      case Outgoing.HandOff h -> {
        Action.HandOff r = h.request();
        node.put("user_id", r.userId()).put("chat_id", r.chatId()).put("language", r.language().tag())
            .put("reason", r.reason().name());
        r.urgency().ifPresent(u -> node.put("urgency", u.name()));
        ArrayNode questions = node.putArray("recent_questions");
        r.recentQuestions().forEach(questions::add);
        yield "handoff";
      }
      case Outgoing.Leave l -> {
        node.put("chat_id", l.chatId());
        yield "leave";
      }
    };
    return new OutboxEntry.New(call.chatId(), kind, node.toString());
  }

  /** How a stored row counts against Telegram's limits, without decoding it (see {@link Outgoing#rate()}). */
  static Outgoing.Rate rate(String kind) {
    return switch (kind) {
      case "answer" -> Outgoing.Rate.BOT_ONLY;
      case "handoff" -> Outgoing.Rate.NONE;
      default -> Outgoing.Rate.MESSAGE;
    };
  }

  Outgoing decode(OutboxEntry entry) {
    JsonNode node;
    try {
      node = json.readTree(entry.payload());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("outbox row " + entry.id() + " is not JSON", e);
    }
    long chatId = node.path("chat_id").asLong(entry.chatId());
    return switch (entry.kind()) {
      case "send" -> new Outgoing.Message(chatId, node.path("text").asText(), keyboard(node.path("keyboard")));
      case "edit" -> new Outgoing.EditText(chatId, node.path("message_id").asInt(), node.path("text").asText(),
          keyboard(node.path("keyboard")));
      case "answer" -> new Outgoing.Answer(chatId, node.path("callback_id").asText(), text(node, "notice"));
      case "handoff" -> new Outgoing.HandOff(new Action.HandOff(node.path("user_id").asLong(), chatId,
          Language.fromTag(node.path("language").asText()).orElse(Language.EN),
          Action.HandOff.Reason.valueOf(node.path("reason").asText()),
          text(node, "urgency").map(Urgency::valueOf), strings(node.path("recent_questions"))));
      case "leave" -> new Outgoing.Leave(chatId);
      default -> throw new IllegalArgumentException("unknown outbox kind " + entry.kind() + " in row " + entry.id());
    };
  }

  private ArrayNode keyboard(Keyboard keyboard) {
    ArrayNode rows = json.createArrayNode();
    for (List<Keyboard.Button> row : keyboard.rows()) {
      ArrayNode buttons = rows.addArray();
      row.forEach(b -> buttons.addObject().put("label", b.label()).put("data", b.data()));
    }
    return rows;
  }

  private static Keyboard keyboard(JsonNode rows) {
    List<List<Keyboard.Button>> result = new ArrayList<>();
    for (JsonNode row : rows) {
      List<Keyboard.Button> buttons = new ArrayList<>();
      row.forEach(b -> buttons.add(new Keyboard.Button(b.path("label").asText(), b.path("data").asText())));
      result.add(buttons);
    }
    return new Keyboard(result);
  }

  private static Optional<String> text(JsonNode node, String field) {
    return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
