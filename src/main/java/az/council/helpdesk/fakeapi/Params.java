package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of one call, whatever the body encoding. The Bot API treats {@code 42}, {@code "42"} and a form
 * field {@code 42} alike, and accepts JSON-serialised objects ({@code reply_markup}, {@code scope}) as strings in
 * form bodies; the accessors here do the same, failing with Telegram's 400 descriptions.
 */
public final class Params {
  private static final String ATTACH = "attach://";

  private final ObjectNode values;
  private final Map<String, UploadedFile> files;
  private final ObjectMapper mapper;

  Params(ObjectNode values, Map<String, UploadedFile> files, ObjectMapper mapper) {
    this.values = values;
    this.files = Map.copyOf(files);
    this.mapper = mapper;
  }

  /** The parameters as received (form and multipart values are strings). Do not modify. */
  public ObjectNode values() {
    return values;
  }

  /** Uploaded file parts by part name. */
  public Map<String, UploadedFile> files() {
    return files;
  }

  public boolean has(String name) {
    JsonNode node = values.get(name);
    return node != null && !node.isNull();
  }

  public Optional<String> string(String name) {
    JsonNode node = values.get(name);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    return Optional.of(node.isValueNode() ? node.asText() : node.toString());
  }

  public String requireString(String name, String missingDescription) {
    return string(name).filter(s -> !s.isEmpty()).orElseThrow(() -> ApiError.badRequest(missingDescription));
  }

  public Optional<Long> longValue(String name) {
    JsonNode node = values.get(name);
    if (node == null || node.isNull() || (node.isTextual() && node.asText().isEmpty())) {
      return Optional.empty();
    }
    if (node.isIntegralNumber()) {
      return Optional.of(node.asLong());
    }
    try {
      return Optional.of(Long.parseLong(node.asText().trim()));
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("invalid " + name + " specified");
    }
  }

  public Optional<Integer> intValue(String name) {
    return longValue(name).map(v -> {
      if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
        throw ApiError.badRequest("invalid " + name + " specified");
      }
      return v.intValue();
    });
  }

  public int requireInt(String name, String missingDescription) {
    return intValue(name).orElseThrow(() -> ApiError.badRequest(missingDescription));
  }

  public boolean flag(String name) {
    JsonNode node = values.get(name);
    return node != null && (node.asBoolean(false) || "true".equalsIgnoreCase(node.asText()));
  }

  /** A JSON-serialised parameter: an object/array in a JSON body, or its serialisation in a form field. */
  public Optional<JsonNode> json(String name) {
    JsonNode node = values.get(name);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      return Optional.of(node);
    }
    if (node.asText().isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(mapper.readTree(node.asText()));
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest("can't parse " + name + " JSON object");
    }
  }

  /** A file given as {@code attach://<part>}, or uploaded directly in a part named like the field. */
  public Optional<UploadedFile> upload(String name) {
    Optional<String> value = string(name);
    if (value.isPresent() && value.get().startsWith(ATTACH)) {
      String part = value.get().substring(ATTACH.length());
      return Optional.of(Optional.ofNullable(files.get(part))
          .orElseThrow(() -> ApiError.badRequest("file must be non-empty")));
    }
    return value.isPresent() ? Optional.empty() : Optional.ofNullable(files.get(name));
  }
}
