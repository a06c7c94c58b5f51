package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The bot's own affairs: {@code getMe}, {@code getUpdates}, the webhook methods, commands,
 * {@code answerCallbackQuery} and {@code getFile}.
 */
final class BotMethods {
  private final State state;
  private final UpdateQueue updates;
  private final WebhookDelivery webhook;
  private final Clock clock;

  BotMethods(State state, UpdateQueue updates, WebhookDelivery webhook, Clock clock) {
    this.state = state;
    this.updates = updates;
    this.webhook = webhook;
    this.clock = clock;
  }

  void register(MethodTable table) {
    table.add("getMe", false, p -> getMe());
    table.add("getUpdates", false, this::getUpdates);
    table.add("setWebhook", false, this::setWebhook);
    table.add("deleteWebhook", false, this::deleteWebhook);
    table.add("getWebhookInfo", false, p -> webhookInfo());
    table.add("setMyCommands", false, p -> state.write(w -> {
      w.commands().set(p);
      return BooleanNode.TRUE;
    }));
    table.add("getMyCommands", false, p -> state.read(w -> w.commands().get(p)));
    table.add("deleteMyCommands", false, p -> state.write(w -> {
      w.commands().delete(p);
      return BooleanNode.TRUE;
    }));
    table.add("answerCallbackQuery", false, p -> state.write(w -> {
      w.callbacks().answer(p, clock.instant());
      return BooleanNode.TRUE;
    }));
    table.add("getFile", false, p -> state.read(w -> FileStore.fileJson(w.files()
        .byId(p.requireString("file_id", "file_id not specified"))
        .orElseThrow(() -> ApiError.badRequest("wrong file_id specified")))));
  }

  private JsonNode getMe() {
    ObjectNode me = state.read(w -> w.bot().toJson());
    me.put("can_join_groups", true);
    me.put("can_read_all_group_messages", false);
    me.put("supports_inline_queries", false);
    me.put("can_connect_to_business", false);
    me.put("has_main_web_app", false);
    return me;
  }

  /** The answer is assembled from the stored JSON texts so that deliberately broken updates arrive verbatim. */
  private JsonNode getUpdates(Params p) throws InterruptedException {
    if (state.read(World::webhook).isPresent()) {
      throw ApiError.conflict("can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    }
    int limit = p.intValue("limit").filter(l -> l > 0).map(l -> Math.min(l, 100)).orElse(100);
    Duration timeout = Duration.ofSeconds(Math.max(0, p.intValue("timeout").orElse(0)));
    ArrayNode result = JsonNodeFactory.instance.arrayNode();
    for (UpdateQueue.Pending u : updates.poll(p.longValue("offset").orElse(0L), limit, allowed(p), timeout)) {
      result.addRawValue(new RawValue(u.json()));
    }
    return result;
  }

  private static Optional<Set<String>> allowed(Params p) {
    return p.json("allowed_updates").filter(JsonNode::isArray).map(types -> {
      Set<String> set = new HashSet<>();
      types.forEach(t -> set.add(t.asText()));
      return set;
    });
  }

  private JsonNode setWebhook(Params p) {
    String url = p.string("url").orElse("");
    if (url.isEmpty()) {
      return deleteWebhook(p);
    }
    if (!url.matches("(?i)https?://\\S+")) {
      throw ApiError.badRequest("bad webhook: Failed to resolve host: Name or service not known");
    }
    Optional<String> secret = p.string("secret_token").filter(s -> !s.isEmpty());
    if (secret.isPresent() && !secret.get().matches("[A-Za-z0-9_-]{1,256}")) {
      throw ApiError.badRequest("secret token contains unallowed characters");
    }
    if (p.flag("drop_pending_updates")) {
      updates.dropAll();
    }
    updates.allow(allowed(p));
    state.write(w -> {
      w.setWebhook(Optional.of(new World.Webhook(url, secret)));
      return null;
    });
    webhook.start();
    return BooleanNode.TRUE;
  }

  private JsonNode deleteWebhook(Params p) {
    if (p.flag("drop_pending_updates")) {
      updates.dropAll();
    }
    state.write(w -> {
      w.setWebhook(Optional.empty());
      return null;
    });
    return BooleanNode.TRUE;
  }

  private JsonNode webhookInfo() {
    ObjectNode info = JsonNodeFactory.instance.objectNode();
    Optional<World.Webhook> hook = state.read(World::webhook);
    info.put("url", hook.map(World.Webhook::url).orElse(""));
    info.put("has_custom_certificate", false);
    info.put("pending_update_count", updates.pendingCount());
    webhook.lastError().ifPresent(e -> {
      info.put("last_error_date", e.date());
      info.put("last_error_message", e.message());
    });
    if (hook.isPresent()) {
      info.put("max_connections", 40);
    }
    return info;
  }
}
