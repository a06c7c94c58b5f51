package az.council.helpdesk.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Reads a {@code getUpdates} response one update at a time. The stock reader maps the whole array at once,
 * so one update it cannot read (a field of an unexpected type) fails the batch on every retry and the bot
 * never gets past it. Here such a poison update becomes an {@link Update} carrying only its id, so the offset
 * advances, and it is logged at WARN without its content. Each update's JSON is kept for the durable intake,
 * which stores it as received.
 */
final class UpdateBatchReader {
  private static final Logger log = LoggerFactory.getLogger(UpdateBatchReader.class);
  static final String POISON = "";

  private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private final Map<Integer, String> raw = new ConcurrentHashMap<>();
  private final DeliveryMetrics metrics;

  UpdateBatchReader(DeliveryMetrics metrics) {
    this.metrics = metrics;
  }

  ArrayList<Update> read(String answer) throws TelegramApiRequestException {
    JsonNode root;
    try {
      root = json.readTree(answer);
    } catch (Exception e) {
      root = null;
    }
    if (root == null || !root.path("ok").asBoolean(false) || !root.path("result").isArray()) {
      // Not a readable success: let the library build its usual exception (error code, retry_after …).
      return new GetUpdates().deserializeResponse(answer);
    }
    metrics.polled(System.currentTimeMillis());
    raw.clear(); // the session consumes each batch before it polls again; ids it filtered out are stale
    ArrayList<Update> updates = new ArrayList<>();
    for (JsonNode node : root.get("result")) {
      one(node).ifPresent(read -> {
        raw.put(read.update().getUpdateId(), read.json());
        updates.add(read.update());
      });
    }
    return updates;
  }

  /** An update and its JSON as received, or {@link #POISON} for one that cannot be read. */
  record Read(Update update, String json) {}

  /**
   * One update as a webhook delivers it: empty when it has no usable id (nothing to tell apart), a poison
   * update carrying only its id when it cannot be read, both logged without content.
   */
  Optional<Read> readOne(String body) {
    JsonNode node;
    try {
      node = json.readTree(body);
    } catch (Exception e) {
      node = null;
    }
    if (node == null || !node.isObject()) {
      log.warn("skipped a webhook request that is not a JSON object");
      metrics.poisonUpdates.increment();
      return Optional.empty();
    }
    return one(node);
  }

  private Optional<Read> one(JsonNode node) {
    JsonNode id = node.path("update_id");
    if (!id.canConvertToInt() || !id.isIntegralNumber()) {
      // Without an id the update cannot be confirmed or told apart; the library would fail on it.
      log.warn("skipped an update without a usable update_id");
      metrics.poisonUpdates.increment();
      return Optional.empty();
    }
    int updateId = id.intValue();
    try {
      return Optional.of(new Read(json.treeToValue(node, Update.class), node.toString()));
    } catch (Exception e) {
      String where = e instanceof JsonMappingException m ? " at " + m.getPathReference() : "";
      log.warn("update {} cannot be read ({}{}); skipped", updateId, e.getClass().getSimpleName(), where);
      metrics.poisonUpdates.increment();
      Update poison = new Update();
      poison.setUpdateId(updateId);
      return Optional.of(new Read(poison, POISON));
    }
  }

  /** The JSON of an update returned by {@link #read} (removed: each is taken once); {@link #POISON} for a poison one. */
  Optional<String> take(int updateId) {
    return Optional.ofNullable(raw.remove(updateId));
  }

  /** The {@code getUpdates} request whose response this reader parses. */
  final class Request extends GetUpdates {
    @Override
    public ArrayList<Update> deserializeResponse(String answer) throws TelegramApiRequestException {
      return read(answer);
    }
  }
}
