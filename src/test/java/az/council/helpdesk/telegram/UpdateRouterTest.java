package az.council.helpdesk.telegram;

import static az.council.helpdesk.telegram.UpdateJson.message;
import static az.council.helpdesk.telegram.UpdateJson.parse;
import static az.council.helpdesk.telegram.UpdateJson.update;
import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.conversation.Event;
import az.council.helpdesk.conversation.Sender;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class UpdateRouterTest {
  private static final long STAFF = -100777;
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final Instant SENT = Instant.ofEpochSecond(1_764_000_000);
  private final UpdateRouter router = new UpdateRouter(Optional.of(STAFF), UpdateJson.BOT_ID, Optional.of("HelpdeskBot"),
      Clock.fixed(NOW, ZoneOffset.UTC));
  private final ObjectMapper json = new ObjectMapper();

  private Event event(ObjectNode update) {
    Route route = router.route(parse(update));
    assertThat(route).isInstanceOf(Route.Converse.class);
    return ((Route.Converse) route).event();
  }

  @Test
  void privateText_isATextEventWithTheClientLanguage() {
    assertThat(event(UpdateJson.text(1, 42, "Qeydiyyat necə olur?")))
        .isEqualTo(new Event.Text(new Sender(42, 42, Optional.of("ru")), SENT, 1, "Qeydiyyat necə olur?"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/start|start|''",
      "/START@HelpdeskBot|start|''",
      "/start@helpdeskbot  payload  |start|payload",
      "/language en|language|en"})
  void commands_loseTheSlashAndTheBotName(String text, String name, String argument) {
    assertThat(event(UpdateJson.text(1, 42, text))).isEqualTo(
        new Event.Command(new Sender(42, 42, Optional.of("ru")), SENT, 1, name, argument));
  }

  @Test
  void commandArgument_maySpanLines() {
    assertThat(event(UpdateJson.text(1, 42, "/help\nmore lines"))).isEqualTo(
        new Event.Command(new Sender(42, 42, Optional.of("ru")), SENT, 1, "help", "more lines"));
  }

  @ParameterizedTest
  @CsvSource({"/start@OtherBot", "/", "/ start", "/путь", "a /start"})
  void notOurCommand_isPlainText(String text) {
    assertThat(event(UpdateJson.text(1, 42, text))).isInstanceOf(Event.Text.class);
  }

  @Test
  void press_carriesCallbackIdMessageAndData() {
    assertThat(event(UpdateJson.press(3, 42, 17, "t:visa")))
        .isEqualTo(new Event.Press(new Sender(42, 42, Optional.of("az")), NOW, "cbq-3", 17, "t:visa"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "sticker| {\"file_id\":\"f\",\"file_unique_id\":\"u\",\"type\":\"regular\",\"width\":1,\"height\":1,\"is_animated\":false,\"is_video\":false}| STICKER",
      "photo| [{\"file_id\":\"f\",\"file_unique_id\":\"u\",\"width\":1,\"height\":1}]| PHOTO",
      "voice| {\"file_id\":\"f\",\"file_unique_id\":\"u\",\"duration\":3}| VOICE",
      "video_note| {\"file_id\":\"f\",\"file_unique_id\":\"u\",\"length\":1,\"duration\":3}| VIDEO",
      "document| {\"file_id\":\"f\",\"file_unique_id\":\"u\"}| DOCUMENT",
      "location| {\"latitude\":40.4,\"longitude\":49.8}| LOCATION",
      "contact| {\"phone_number\":\"+994\",\"first_name\":\"A\"}| CONTACT",
      "dice| {\"emoji\":\"🎲\",\"value\":3}| OTHER"})
  void media_isNamedByKind(String field, String value, Event.Media.Kind kind) throws Exception {
    ObjectNode message = message(5, 42, "private", 42);
    message.set(field, json.readTree(value));
    message.put("caption", "my passport");

    Event event = event(update(5, "message", message));

    assertThat(event).isEqualTo(new Event.Media(new Sender(42, 42, Optional.of("ru")), SENT, 5, kind,
        Optional.of("my passport")));
  }

  @Test
  void serviceMessageInAPrivateChat_isIgnored() throws Exception {
    ObjectNode message = message(5, 42, "private", 42);
    message.set("pinned_message", message(4, 42, "private", 42).put("text", "x"));

    assertThat(router.route(parse(update(5, "message", message)))).isInstanceOf(Route.Ignore.class);
  }

  @Test
  void editedMessage_isAnEditedEvent() {
    ObjectNode message = message(5, 42, "private", 42).put("text", "fixed typo").put("edit_date", 1_764_000_100);

    assertThat(event(update(6, "edited_message", message))).isEqualTo(
        new Event.Edited(new Sender(42, 42, Optional.of("ru")), Instant.ofEpochSecond(1_764_000_100), 5, "fixed typo"));
  }

  @Test
  void strangersGroup_isLeft_butTheStaffGroupGoesToTheStaffHook() {
    ObjectNode stranger = update(7, "message", message(1, -100123, "supergroup", 5).put("text", "hi bot"));
    ObjectNode staff = update(8, "message", message(1, STAFF, "supergroup", 5).put("text", "/cases"));

    assertThat(router.route(parse(stranger))).isEqualTo(new Route.Leave(-100123));
    assertThat(router.route(parse(staff))).isInstanceOf(Route.Staff.class);
  }

  @Test
  void channelPost_isLeft() {
    ObjectNode post = message(1, -100555, "channel", 5).put("text", "news");
    post.remove("from");

    assertThat(router.route(parse(update(9, "channel_post", post)))).isEqualTo(new Route.Leave(-100555));
  }

  @Test
  void addedToAGroup_leavesIt() {
    assertThat(router.route(parse(UpdateJson.membership(10, -100123, "group", "member"))))
        .isEqualTo(new Route.Leave(-100123));
    assertThat(router.route(parse(UpdateJson.membership(11, -100123, "group", "left"))))
        .isInstanceOf(Route.Ignore.class);
    assertThat(router.route(parse(UpdateJson.membership(12, STAFF, "supergroup", "administrator"))))
        .isInstanceOf(Route.Staff.class);
  }

  @Test
  void privateMembership_saysBlockedOrUnblocked() {
    assertThat(router.route(parse(UpdateJson.membership(10, 42, "private", "kicked")))).isEqualTo(new Route.Blocked(42));
    assertThat(router.route(parse(UpdateJson.membership(11, 42, "private", "member")))).isEqualTo(new Route.Unblocked(42));
  }

  @Test
  void chatOf_namesTheChatForOrdering() {
    assertThat(UpdateRouter.chatOf(parse(UpdateJson.text(1, 42, "x")))).isEqualTo(42);
    assertThat(UpdateRouter.chatOf(parse(UpdateJson.press(2, 43, 1, "d")))).isEqualTo(43);
    assertThat(UpdateRouter.chatOf(parse(UpdateJson.membership(3, -100, "group", "member")))).isEqualTo(-100);
  }
}
