package az.council.helpdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.cases.Content;
import az.council.helpdesk.cases.Placement;
import az.council.helpdesk.cases.StaffEvent;
import az.council.helpdesk.conversation.Event;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class StaffEventMapperTest {
  private static final long STAFF = -100777L;
  private final StaffEventMapper mapper = new StaffEventMapper(Optional.of("helpdesk_bot"),
      Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC));

  private static ObjectNode staffMessage(int id) {
    return UpdateJson.message(id, STAFF, "supergroup", 7001);
  }

  private Optional<StaffEvent> map(ObjectNode payload, String field) {
    return mapper.event(UpdateJson.parse(UpdateJson.update(1, field, payload)));
  }

  @Test
  void aTextInAForumTopic_isAMemberMessageInThatThread_withoutTheImplicitReplyToTheTopicsFirstMessage() {
    ObjectNode m = staffMessage(50).put("text", "Hello").put("message_thread_id", 12).put("is_topic_message", true);
    m.set("reply_to_message", staffMessage(12).put("text", "topic root"));

    StaffEvent event = map(m, "message").orElseThrow();

    assertThat(event).isInstanceOfSatisfying(StaffEvent.MemberMessage.class, e -> {
      assertThat(e.where()).isEqualTo(Placement.topic(12));
      assertThat(e.content()).isEqualTo(new Content.Text("Hello"));
      assertThat(e.from().userId()).isEqualTo(7001);
    });
  }

  @Test
  void aReplyInAGroupWithoutTopics_keepsTheRepliedMessage() {
    ObjectNode m = staffMessage(51).put("text", "ok");
    m.set("reply_to_message", staffMessage(40).put("text", "summary"));

    assertThat(map(m, "message").orElseThrow().where()).isEqualTo(Placement.replyTo(40));
  }

  @Test
  void aCommandAddressedToThisBot_isStripped_andOneForAnotherBotIsDropped() {
    StaffEvent mine = map(staffMessage(52).put("text", "/Close@helpdesk_bot resolved  thanks "), "message")
        .orElseThrow();
    assertThat(mine).isInstanceOfSatisfying(StaffEvent.MemberCommand.class, c -> {
      assertThat(c.name()).isEqualTo("close");
      assertThat(c.argument()).isEqualTo("resolved  thanks");
    });
    assertThat(map(staffMessage(53).put("text", "/close@other_bot resolved"), "message")).isEmpty();
  }

  @Test
  void mediaAndEditsAndPresses_becomeTheirEvents_andBotsAndServiceMessagesAreIgnored() {
    ObjectNode photo = staffMessage(54).put("caption", "see this");
    photo.putArray("photo").addObject().put("file_id", "f").put("file_unique_id", "u").put("width", 1).put("height", 1);
    assertThat(map(photo, "message").orElseThrow()).isInstanceOfSatisfying(StaffEvent.MemberMessage.class,
        e -> assertThat(e.content()).isEqualTo(new Content.Media(Event.Media.Kind.PHOTO, Optional.of("see this"))));

    assertThat(map(staffMessage(55).put("text", "fixed").put("edit_date", 1_764_000_100), "edited_message")
        .orElseThrow()).isInstanceOf(StaffEvent.MemberEdit.class);

    ObjectNode query = UpdateJson.press(1, 7001, 60, "claim:5");
    query.with("callback_query").set("message", staffMessage(60).put("text", "summary"));
    assertThat(mapper.event(UpdateJson.parse(query)).orElseThrow())
        .isInstanceOfSatisfying(StaffEvent.ButtonPress.class, p -> assertThat(p.data()).isEqualTo("claim:5"));

    ObjectNode fromBot = staffMessage(56).put("text", "I am a bot");
    fromBot.with("from").put("is_bot", true);
    assertThat(map(fromBot, "message")).isEmpty();
    ObjectNode service = staffMessage(57);
    service.putObject("forum_topic_created").put("name", "Case 1").put("icon_color", 0x6FB9F0);
    assertThat(map(service, "message")).isEmpty();
  }
}
