package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Updates written by hand for hostile tests: queued as written, only the {@code update_id} is the fake's. */
final class RawUpdates {
  private RawUpdates() {}

  /** A JSON object takes the next id and keeps its type; anything else goes verbatim into the answer (type ""). */
  static int enqueue(UpdateQueue updates, ObjectMapper mapper, String json) {
    ObjectNode object;
    try {
      object = mapper.readValue(json, ObjectNode.class);
    } catch (JsonProcessingException | ClassCastException e) {
      return updates.add("", id -> json);
    }
    String type = object.properties().stream().map(Map.Entry::getKey)
        .filter(k -> !k.equals("update_id")).findFirst().orElse("");
    return updates.add(type, id -> {
      ObjectNode copy = object.deepCopy();
      copy.put("update_id", id);
      return copy.toString();
    });
  }
}
