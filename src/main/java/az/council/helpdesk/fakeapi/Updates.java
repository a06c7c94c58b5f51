package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Bot API {@code Update} objects: an {@code update_id} and exactly one payload field named after its type. */
final class Updates {
  private Updates() {}

  static String wrap(int updateId, String type, ObjectNode payload) {
    ObjectNode update = JsonNodeFactory.instance.objectNode();
    update.put("update_id", updateId);
    update.set(type, payload);
    return update.toString();
  }
}
