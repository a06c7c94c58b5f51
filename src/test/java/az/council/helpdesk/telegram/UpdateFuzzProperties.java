package az.council.helpdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.conversation.Action;
import az.council.helpdesk.conversation.Conversation;
import az.council.helpdesk.conversation.Keyboard;
import az.council.helpdesk.conversation.TextSplitter;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.profiles.SqliteProfiles;
import az.council.helpdesk.stats.Pseudonyms;
import az.council.helpdesk.stats.SqliteInquiryLog;
import az.council.helpdesk.store.Database;
import az.council.helpdesk.support.RealFaq;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Hostile and random updates, parsed with the library's own JSON mapping, routed by the adapter's router and
 * answered by the real conversation over the real FAQ, SQLite profiles and inquiry log. Nothing may throw,
 * and nothing may come out that Telegram would reject: empty text, text that cannot be split under 4,096
 * characters, lone surrogates (invalid UTF-8 on the wire), buttons without labels.
 */
final class UpdateFuzzProperties {
  private static final long STAFF = -100_777L;
  private static final long BOT = 999L;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger IDS = new AtomicInteger(1);
  private static final Conversation CONVERSATION;
  private static final UpdateRouter ROUTER =
      new UpdateRouter(Optional.of(STAFF), BOT, Optional.of("helpdesk_bot"), Clock.systemUTC());

  static {
    try {
      Path dir = Files.createTempDirectory("fuzz");
      Database database = Database.open(dir);
      CONVERSATION = new Conversation(RealFaq.triage(), RealFaq.catalog(), new Messages(), new SqliteProfiles(database),
          new SqliteInquiryLog(database, Pseudonyms.inDirectory(dir), Clock.systemUTC()), Clock.systemUTC());
    } catch (java.io.IOException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Property(tries = 10_000)
  void anyUpdate_neverThrows_andProducesOnlySendableActions(@ForAll("updates") String json) throws Exception {
    Update update;
    try {
      update = JSON.readValue(json, Update.class);
    } catch (Exception malformedForTheLibrary) {
      return; // the intake stores such an update as skipped (tested in the adapter's poison-update test)
    }
    Route route = ROUTER.route(update);
    if (route instanceof Route.Converse converse) {
      for (Action action : CONVERSATION.handle(converse.event())) {
        checkSendable(action);
      }
    }
  }

  private static void checkSendable(Action action) {
    switch (action) {
      case Action.Send send -> {
        checkText(send.text());
        checkKeyboard(send.keyboard());
        assertThat(TextSplitter.split(send.text())).allSatisfy(part -> assertThat(part.length()).isBetween(1, 4096));
      }
      case Action.Edit edit -> {
        checkText(edit.text());
        assertThat(edit.text().length()).isLessThanOrEqualTo(4096);
        assertThat(edit.messageId()).isPositive();
        checkKeyboard(edit.keyboard());
      }
      case Action.AnswerPress press -> {
        assertThat(press.callbackId()).isNotBlank();
        press.notice().ifPresent(n -> assertThat(n.length()).isLessThanOrEqualTo(200));
      }
      case Action.HandOff handOff -> assertThat(handOff.userId()).isPositive();
    }
  }

  private static void checkText(String text) {
    assertThat(text).isNotBlank();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertThat(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))).as("paired surrogate").isTrue();
        i++;
      } else {
        assertThat(Character.isLowSurrogate(c)).as("lone low surrogate").isFalse();
      }
    }
  }

  private static void checkKeyboard(Keyboard keyboard) {
    keyboard.rows().forEach(row -> row.forEach(button -> {
      assertThat(button.label()).isNotBlank();
      checkText(button.label());
    }));
  }

  @Provide
  Arbitrary<String> updates() {
    Arbitrary<Long> users = Arbitraries.longs().between(1, 40);
    Arbitrary<String> texts = hostileTexts();
    Arbitrary<String> kinds = Arbitraries.of("text", "command", "press", "photo", "sticker", "voice", "document",
        "location", "edited", "group", "staff", "channel", "member", "empty");
    return Combinators.combine(kinds, users, texts, Arbitraries.of("az", "ru", "en", "tr", "fa", "", "xx-YY"))
        .as(UpdateFuzzProperties::update);
  }

  private static Arbitrary<String> hostileTexts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMinLength(0).ofMaxLength(60),
        Arbitraries.strings().withChars("_*[]()~`>#+-=|{}.!<>&\\\"' ").ofMaxLength(40),
        Arbitraries.strings().withChars('\u200b', '\u200e', '\u200f', '\u202e', '\u0000', '\u0007', '\ufeff', 'a', ' ')
            .ofMaxLength(30),
        Arbitraries.strings().withCharRange('\ud800', '\udfff').ofMaxLength(6),
        Arbitraries.of("😀🇦🇿👨‍👩‍👧", "qeydiyyat nece olur", "ВНЖ документы", "I was detained", "/start", "/human now",
            "/forget", "/language xx", "/topics 999", "/help@other_bot", "/" + "x".repeat(40), "регистрация ".repeat(900)),
        Arbitraries.strings().alpha().ofMinLength(4000).ofMaxLength(10_000));
  }

  private static String update(String kind, long user, String text, String language) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode update = f.objectNode().put("update_id", IDS.getAndIncrement());
    ObjectNode from = f.objectNode().put("id", user).put("is_bot", false).put("first_name", "U");
    if (!language.isEmpty()) {
      from.put("language_code", language);
    }
    ObjectNode privateChat = f.objectNode().put("id", user).put("type", "private");
    ObjectNode message = f.objectNode().put("message_id", IDS.getAndIncrement()).put("date", 1_764_000_000)
        .set("from", from);
    message.set("chat", privateChat);
    switch (kind) {
      case "text" -> message.put("text", text);
      case "command" -> {
        String command = "/" + (text.isBlank() ? "start" : text.strip().split("\\s+")[0].replaceAll("[^A-Za-z0-9_]", "x"));
        message.put("text", command + " " + text);
        ArrayNode entities = message.putArray("entities");
        entities.addObject().put("type", "bot_command").put("offset", 0).put("length", command.length());
      }
      case "press" -> {
        ObjectNode botMessage = f.objectNode().put("message_id", Math.abs(text.hashCode() % 1000) + 1)
            .put("date", 1_764_000_000).put("text", "menu");
        botMessage.set("chat", privateChat);
        update.putObject("callback_query").put("id", "cb" + IDS.get()).put("chat_instance", "1")
            .put("data", text.length() > 64 ? text.substring(0, 64) : text)
            .<ObjectNode>set("from", from).set("message", botMessage);
        return update.toString();
      }
      case "photo" -> {
        message.putArray("photo").addObject().put("file_id", "p").put("file_unique_id", "u").put("width", 1)
            .put("height", 1);
        message.put("caption", text);
      }
      case "sticker" -> message.putObject("sticker").put("file_id", "s").put("file_unique_id", "u").put("width", 1)
          .put("height", 1).put("is_animated", false).put("is_video", false).put("type", "regular");
      case "voice" -> message.putObject("voice").put("file_id", "v").put("file_unique_id", "u").put("duration", 3);
      case "document" -> message.putObject("document").put("file_id", "d").put("file_unique_id", "u")
          .put("file_name", text);
      case "location" -> message.putObject("location").put("latitude", 40.4).put("longitude", 49.8);
      case "edited" -> {
        message.put("text", text).put("edit_date", 1_764_000_100);
        update.set("edited_message", message);
        return update.toString();
      }
      case "group" -> {
        message.put("text", text);
        message.set("chat", f.objectNode().put("id", -5L - user).put("type", "group").put("title", "strangers"));
      }
      case "staff" -> {
        message.put("text", text);
        message.set("chat", f.objectNode().put("id", STAFF).put("type", "supergroup").put("title", "staff"));
      }
      case "channel" -> {
        message.remove("from");
        message.put("text", text);
        message.set("chat", f.objectNode().put("id", -1_000L).put("type", "channel").put("title", "news"));
        update.set("channel_post", message);
        return update.toString();
      }
      case "member" -> {
        ObjectNode change = update.putObject("my_chat_member");
        change.set("chat", privateChat);
        change.set("from", from);
        change.put("date", 1_764_000_000);
        change.putObject("old_chat_member").put("status", "member").putObject("user").put("id", BOT).put("is_bot", true)
            .put("first_name", "bot");
        change.putObject("new_chat_member").put("status", "kicked").put("until_date", 0).putObject("user").put("id", BOT)
            .put("is_bot", true).put("first_name", "bot");
        return update.toString();
      }
      default -> { // an update with nothing in it
        return update.toString();
      }
    }
    update.set("message", message);
    return update.toString();
  }

}
