package az.council.helpdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import az.council.helpdesk.i18n.Language;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class CasesConfigTest {

  @Test
  void fromEnvironment_needsOnlyTheStaffChatAndTheAdmins() {
    CasesConfig config = CasesConfig.fromEnvironment(Map.of("STAFF_CHAT_ID", "-1001234567890", "ADMIN_IDS", "11, 22"));

    assertThat(config.staffChatId()).isEqualTo(-1001234567890L);
    assertThat(config.adminIds()).containsExactlyInAnyOrder(11L, 22L);
    assertThat(config.mode()).isEqualTo(CasesConfig.StaffMode.FORUM);
    assertThat(config.staffLanguage()).isEqualTo(Language.AZ);
    assertThat(config.hours()).isEqualTo(WorkingHours.councilDefault());
    assertThat(config.timers()).isEqualTo(CasesConfig.Timers.DEFAULTS);
    assertThat(config.routingFile()).isEmpty();
  }

  @Test
  void fromEnvironment_readsEveryOptionalSetting() {
    CasesConfig config = CasesConfig.fromEnvironment(Map.of("STAFF_CHAT_ID", "-100", "ADMIN_IDS", "1",
        "STAFF_MODE", "replies", "STAFF_LANGUAGE", "ru", "WORKING_HOURS", "Mon-Sat 10:00-17:00",
        "CASE_ANNOUNCE_AFTER", "1h30m", "CASE_URGENT_ANNOUNCE_AFTER", "PT2M", "CASE_CLAIM_RELEASE_AFTER", "2h",
        "CASE_REMIND_AFTER", "45m", "CASE_ROUTING_FILE", "/etc/helpdesk/routing.yaml"));

    assertThat(config.mode()).isEqualTo(CasesConfig.StaffMode.REPLIES);
    assertThat(config.staffLanguage()).isEqualTo(Language.RU);
    assertThat(config.hours().days()).hasSize(6);
    assertThat(config.timers()).isEqualTo(new CasesConfig.Timers(Duration.ofMinutes(90), Duration.ofMinutes(2),
        Duration.ofHours(2), Duration.ofMinutes(45)));
    assertThat(config.routingFile()).hasValueSatisfying(p -> assertThat(p).hasToString("/etc/helpdesk/routing.yaml"));
  }

  @Test
  void fromEnvironment_listsEveryProblemInOneSentenceEach() {
    assertThatThrownBy(() -> CasesConfig.fromEnvironment(Map.of("STAFF_MODE", "topics", "CASE_REMIND_AFTER", "0m")))
        .hasMessageContaining("Set STAFF_CHAT_ID (the staff supergroup's chat id, e.g. -1001234567890).")
        .hasMessageContaining("Set ADMIN_IDS (")
        .hasMessageContaining("STAFF_MODE is 'topics' but must be forum or replies.")
        .hasMessageContaining("CASE_REMIND_AFTER is '0m' but must be a duration like 60m.");
  }
}
