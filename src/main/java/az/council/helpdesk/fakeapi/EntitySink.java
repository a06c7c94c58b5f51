package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the plain text and the entities while a markup parser walks the input. */
final class EntitySink {
  private final StringBuilder text = new StringBuilder();
  private final List<ObjectNode> entities = new ArrayList<>();

  void append(char c) {
    text.append(c);
  }

  void append(String s) {
    text.append(s);
  }

  int offset() {
    return text.length();
  }

  /** Adds an entity from {@code start} to the current end; empty entities are dropped, as Telegram does. */
  ObjectNode add(String type, int start) {
    ObjectNode entity = JsonNodeFactory.instance.objectNode();
    entity.put("type", type);
    entity.put("offset", start);
    entity.put("length", text.length() - start);
    if (text.length() > start) {
      entities.add(entity);
    }
    return entity;
  }

  FormattedText result() {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    entities.stream()
        .sorted(Comparator.<ObjectNode>comparingInt(e -> e.get("offset").asInt())
            .thenComparing(Comparator.<ObjectNode>comparingInt(e -> e.get("length").asInt()).reversed()))
        .forEach(array::add);
    return new FormattedText(text.toString(), array);
  }
}
