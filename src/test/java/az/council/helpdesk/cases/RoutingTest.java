package az.council.helpdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.triage.Urgency;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class RoutingTest {
  private final Routing routing = Routing.defaults();

  @Test
  void defaults_haveTheCouncilsTwelveWorkingGroups_namedInEveryLanguage() {
    assertThat(routing.groups()).hasSize(12);
    assertThat(routing.group("labour-migration").orElseThrow().name(Language.AZ)).isEqualTo("Əmək miqrasiyası");
    assertThat(routing.group("stateless-legal-aid").orElseThrow().name(Language.RU))
        .isEqualTo("Правовая помощь лицам без гражданства");
  }

  @ParameterizedTest
  @CsvSource({"work-permit, labour-migration", "asylum, asylum-seekers", "citizenship, legislation",
      "registration, legislation", "emigration, reintegration-return", "daily-life, integration"})
  void route_byTopic(String topic, String group) {
    assertThat(routing.route(Topic.fromId(topic), Optional.empty(), Optional.of("UA")).id()).isEqualTo(group);
  }

  @Test
  void route_urgencyWinsOverCitizenship_whichWinsOverTopic() {
    Optional<Topic> workPermit = Optional.of(Topic.WORK_PERMIT);
    assertThat(routing.route(workPermit, Optional.of(Urgency.SELF_HARM), Optional.of("stateless")).id())
        .isEqualTo("psychological-support");
    assertThat(routing.route(workPermit, Optional.empty(), Optional.of("stateless")).id())
        .isEqualTo("stateless-legal-aid");
    assertThat(routing.route(workPermit, Optional.of(Urgency.HUMAN_REQUEST), Optional.empty()).id())
        .as("asking for a person is not urgent: the topic decides").isEqualTo("labour-migration");
    assertThat(routing.route(Optional.empty(), Optional.empty(), Optional.empty()).id()).isEqualTo("integration");
  }

  @Test
  void everyUrgencyButAskingForAPerson_hasAGroup() {
    Arrays.stream(Urgency.values()).filter(u -> u != Urgency.HUMAN_REQUEST).forEach(u ->
        assertThat(routing.route(Optional.empty(), Optional.of(u), Optional.empty()))
            .as(u.name()).isNotEqualTo(routing.fallback()));
  }

  @Test
  void aFileReplacesTheBuiltInRouting(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("routing.yaml");
    Files.writeString(file, """
        groups:
          - id: everything
            name: {az: "Hamısı", ru: "Всё", en: "Everything"}
        default: everything
        topics:
          asylum: everything
        """, StandardCharsets.UTF_8);

    Routing custom = Routing.load(Optional.of(file));

    assertThat(custom.groups()).extracting(WorkingGroup::id).containsExactly("everything");
    assertThat(custom.route(Optional.of(Topic.ASYLUM), Optional.empty(), Optional.empty()).id()).isEqualTo("everything");
  }

  @Test
  void aBrokenFile_saysWhatIsWrong() {
    assertThatThrownBy(() -> Routing.parse("""
        groups:
          - id: a
            name: {az: "A", ru: "А", en: "A"}
        default: a
        topics:
          work-permit: labour
        """, "test.yaml"))
        .hasMessage("routing test.yaml: topic work-permit names the group 'labour', which is not under 'groups'");
    assertThatThrownBy(() -> Routing.parse("""
        groups:
          - id: a
            name: {az: "A", en: "A"}
        default: a
        """, "test.yaml")).hasMessageContaining("group a has no ru name");
    assertThatThrownBy(() -> Routing.parse("""
        groups:
          - id: a
            name: {az: "A", ru: "А", en: "A"}
        default: a
        topics:
          visas: a
        """, "test.yaml")).hasMessageContaining("'visas' under 'topics' is not a topic id");
  }
}
