package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a request into {@link Params}, as the Bot API accepts them: a query string, plus a body that is JSON,
 * {@code application/x-www-form-urlencoded} or {@code multipart/form-data}. Body values win over the query.
 */
final class RequestReader {
  private final ObjectMapper mapper;

  RequestReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  Params read(Optional<String> rawQuery, Optional<String> contentType, byte[] body) {
    ObjectNode values = mapper.createObjectNode();
    Map<String, UploadedFile> files = new HashMap<>();
    rawQuery.ifPresent(q -> putForm(values, q));
    String type = contentType.map(t -> t.toLowerCase(Locale.ROOT)).orElse("");
    if (body.length > 0) {
      if (type.startsWith("multipart/form-data")) {
        readMultipart(contentType.orElseThrow(), body, values, files);
      } else if (type.startsWith("application/x-www-form-urlencoded")) {
        putForm(values, new String(body, StandardCharsets.UTF_8));
      } else {
        // Telegram reads JSON whenever the type says so; telegrambots always says application/json.
        values.setAll(readJsonObject(body));
      }
    }
    return new Params(values, files, mapper);
  }

  private ObjectNode readJsonObject(byte[] body) {
    JsonNode node;
    try {
      node = mapper.readTree(body);
    } catch (IOException e) {
      throw ApiError.badRequest("can't parse JSON object");
    }
    if (node == null || node.isMissingNode()) {
      return mapper.createObjectNode();
    }
    if (!(node instanceof ObjectNode object)) {
      throw ApiError.badRequest("JSON object expected");
    }
    return object;
  }

  private static void readMultipart(String contentType, byte[] body, ObjectNode values, Map<String, UploadedFile> files) {
    for (MultipartBody.Part part : MultipartBody.parse(contentType, body)) {
      if (part.fileName().isPresent()) {
        files.put(part.name(), new UploadedFile(part.name(), part.fileName().get(), part.contentType(), part.content()));
      } else {
        values.put(part.name(), part.text());
      }
    }
  }

  private static void putForm(ObjectNode values, String form) {
    for (String pair : form.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
  }
}
