package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Messages that carry something besides text: {@code copyMessage} (result: a {@code MessageId}),
 * {@code forwardMessage}, {@code sendDocument} and {@code sendPhoto} (multipart uploads or known file ids).
 */
final class RelayMethods {
  static final int MAX_CAPTION = 1024;
  private static final List<String> CONTENT = List.of("text", "entities", "caption", "caption_entities", "photo",
      "document", "sticker", "voice", "audio", "video", "animation", "location", "contact");
  private static final Map<String, String> MIME = Map.of(".pdf", "application/pdf", ".txt", "text/plain",
      ".csv", "text/csv", ".json", "application/json", ".zip", "application/zip", ".png", "image/png",
      ".jpg", "image/jpeg", ".jpeg", "image/jpeg",
      ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final State state;
  private final Clock clock;

  RelayMethods(State state, Clock clock) {
    this.state = state;
    this.clock = clock;
  }

  void register(MethodTable table) {
    table.add("copyMessage", true, this::copyMessage);
    table.add("forwardMessage", true, this::forwardMessage);
    table.add("sendDocument", true, this::sendDocument);
    table.add("sendPhoto", true, this::sendPhoto);
  }

  private JsonNode copyMessage(Params p) {
    return state.write(w -> {
      StoredMessage source = source(w, p, "message to copy not found");
      Outgoing out = Outgoing.prepare(w, p);
      boolean newCaption = p.has("caption");
      FormattedText caption = caption(p);
      StoredMessage copy = out.send(source.kind(), now(), m -> {
        CONTENT.stream().filter(source.json()::has).forEach(f -> m.set(f, source.json().get(f).deepCopy()));
        if (newCaption && !source.kind().equals("text")) {
          m.remove(List.of("caption", "caption_entities"));
          MessageJson.caption(m, caption);
        }
      });
      return JsonNodeFactory.instance.objectNode().put("message_id", copy.messageId());
    });
  }

  private JsonNode forwardMessage(Params p) {
    return state.write(w -> {
      StoredMessage source = source(w, p, "message to forward not found");
      ChatState from = w.resolve(p, "from_chat_id");
      Outgoing out = Outgoing.prepare(w, p);
      return out.send(source.kind(), now(), m -> {
        m.set("forward_origin", origin(source.json(), from));
        CONTENT.stream().filter(source.json()::has).forEach(f -> m.set(f, source.json().get(f).deepCopy()));
      }).json().deepCopy();
    });
  }

  private JsonNode sendDocument(Params p) {
    return state.write(w -> {
      Outgoing out = Outgoing.prepare(w, p);
      FileStore.StoredFile file = file(w, p, "document", "documents");
      FormattedText caption = caption(p);
      return out.send("document", now(), m -> {
        ObjectNode document = m.putObject("document");
        document.put("file_name", file.fileName());
        document.put("mime_type", file.mimeType());
        document.put("file_id", file.fileId());
        document.put("file_unique_id", file.uniqueId());
        document.put("file_size", file.size());
        MessageJson.caption(m, caption);
      }).json().deepCopy();
    });
  }

  private JsonNode sendPhoto(Params p) {
    return state.write(w -> {
      Outgoing out = Outgoing.prepare(w, p);
      FileStore.StoredFile file = file(w, p, "photo", "photos");
      FormattedText caption = caption(p);
      return out.send("photo", now(), m -> {
        m.set("photo", PhotoSizes.of(w.files(), file));
        MessageJson.caption(m, caption);
      }).json().deepCopy();
    });
  }

  private static StoredMessage source(World w, Params p, String notFound) {
    ChatState from = w.resolve(p, "from_chat_id");
    int id = p.requireInt("message_id", "message identifier is not specified");
    StoredMessage source = from.message(id).orElseThrow(() -> ApiError.badRequest(notFound));
    if (source.kind().equals("service")) {
      throw ApiError.badRequest("message can't be copied");
    }
    return source;
  }

  private static ObjectNode origin(ObjectNode source, ChatState from) {
    ObjectNode origin = source.objectNode();
    if (source.has("from") && !from.typeName().equals("channel")) {
      origin.put("type", "user").set("sender_user", source.get("from").deepCopy());
    } else {
      origin.put("type", "channel").set("chat", from.json());
      origin.put("message_id", source.path("message_id").asInt());
    }
    origin.put("date", source.path("date").asLong());
    return origin;
  }

  /** The file in {@code field}: a new upload, a file id Telegram knows, or an HTTP URL Telegram would fetch. */
  private static FileStore.StoredFile file(World w, Params p, String field, String folder) {
    var upload = p.upload(field);
    if (upload.isPresent()) {
      if (upload.get().size() == 0) {
        throw ApiError.badRequest("file must be non-empty");
      }
      String name = upload.get().fileName();
      String extension = name.contains(".") ? name.substring(name.lastIndexOf('.')).toLowerCase(Locale.ROOT) : "";
      var typed = new UploadedFile(upload.get().partName(), name, MIME.getOrDefault(extension,
          "application/octet-stream"), upload.get().bytes());
      return w.files().upload(folder, typed);
    }
    String value = p.string(field).orElseThrow(() -> ApiError.badRequest("there is no " + field + " in the request"));
    if (value.matches("(?i)https?://\\S+")) {
      return w.files().synthetic(folder, value.substring(value.lastIndexOf('/') + 1), "application/octet-stream", 1024);
    }
    return w.files().byId(value).orElseThrow(() -> ApiError.badRequest("wrong file identifier/HTTP URL specified"));
  }

  private static FormattedText caption(Params p) {
    FormattedText caption = FormattedText.parse(p.string("caption").orElse(""), p.string("parse_mode"),
        p.json("caption_entities"));
    if (caption.length() > MAX_CAPTION) {
      throw ApiError.badRequest("message caption is too long");
    }
    return caption;
  }

  private long now() {
    return clock.instant().getEpochSecond();
  }
}
