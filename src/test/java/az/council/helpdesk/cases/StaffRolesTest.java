package az.council.helpdesk.cases;

import static az.council.helpdesk.cases.DeskFixture.ADMIN;
import static az.council.helpdesk.cases.DeskFixture.STAFF_CHAT;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import az.council.helpdesk.cases.CasesConfig.StaffMode;
import az.council.helpdesk.conversation.Action.HandOff;
import az.council.helpdesk.i18n.Language;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** Only members act on cases, only admins manage the roster; everyone else is refused politely and logged. */
final class StaffRolesTest {
  static final long USER = 8001;
  static final Staffer LEYLA = new Staffer(21, "Leyla", Optional.of("leyla_m"));
  static final Staffer STRANGER = new Staffer(666, "Stranger", Optional.empty());

  @TempDir Path dir;
  private DeskFixture f;
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();

  @BeforeEach
  void setUp() {
    f = new DeskFixture(dir, StaffMode.FORUM);
    f.enrol(LEYLA, "labour-migration", "ru");
    for (Class<?> type : new Class<?>[] {StaffSide.class, StaffButtons.class, RosterCommands.class}) {
      ((Logger) LoggerFactory.getLogger(type)).addAppender(log);
    }
    log.start();
  }

  @AfterEach
  void tearDown() {
    for (Class<?> type : new Class<?>[] {StaffSide.class, StaffButtons.class, RosterCommands.class}) {
      ((Logger) LoggerFactory.getLogger(type)).detachAppender(log);
    }
    f.close();
  }

  @Test
  void aNonMemberClaimingACase_isRefusedPolitely_andLogged() {
    Case c = openCase();

    f.command(STRANGER, f.thread(c), "claim", "");

    assertThat(f.telegram.last(STAFF_CHAT).text()).startsWith("Sorry, only Council members on the bot's roster");
    assertThat(f.find(c.id()).status()).isEqualTo(CaseStatus.OPEN);
    assertThat(log.list).anySatisfy(e -> assertThat(e.getFormattedMessage())
        .contains("refused /claim from 666"));
  }

  @Test
  void aNonMembersMessageInACaseThread_neverReachesTheUser() {
    Case c = openCase();
    int atUser = f.telegram.count(USER);

    f.staffText(STRANGER, f.thread(c), "I can help you, write me privately");

    assertThat(f.telegram.count(USER)).isEqualTo(atUser);
    assertThat(f.telegram.last(STAFF_CHAT).text()).startsWith("Sorry, only Council members");
    assertThat(log.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("from 666"));
  }

  @Test
  void aNonMemberPressingClaim_getsAToast_andNothingChanges() {
    Case c = openCase();

    f.press(STRANGER, f.thread(c), c.anchorId().orElseThrow(), CaseButtons.claim(c.id()));

    assertThat(f.telegram.answered).singleElement()
        .satisfies(a -> assertThat(a.notice()).hasValueSatisfying(n -> assertThat(n).startsWith("Sorry")));
    assertThat(f.find(c.id()).status()).isEqualTo(CaseStatus.OPEN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"addmember 99 Somebody", "removemember 1", "role 21 admin", "lead labour-migration 21",
      "subscribe asylum-seekers 1"})
  void aMemberTryingAnAdminCommand_isRefused(String commandLine) {
    String[] parts = commandLine.split(" ", 2);

    f.command(LEYLA, Placement.GENERAL, parts[0], parts[1]);

    assertThat(f.telegram.last(STAFF_CHAT).text()).isEqualTo("Sorry, only admins can do this.");
    assertThat(f.storage.roster().find(99)).isEmpty();
    assertThat(f.desk.roleOf(LEYLA.userId())).contains(Role.MEMBER);
    assertThat(f.desk.roleOf(ADMIN.userId())).contains(Role.ADMIN);
    assertThat(f.storage.roster().find(ADMIN.userId()).orElseThrow().groups()).isEmpty();
    assertThat(log.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("from 21"));
  }

  @Test
  void anAdmin_addsByReply_setsRoles_andRemovesMembers_butNotTheConfiguredAdmins() {
    Staffer aysel = new Staffer(41, "Aysel", Optional.of("aysel_k"));
    f.command(ADMIN, Placement.GENERAL, "addmember", "", Optional.of(aysel));
    assertThat(f.desk.roleOf(41)).contains(Role.MEMBER);
    assertThat(f.storage.roster().find(41).orElseThrow().username()).contains("aysel_k");

    f.command(ADMIN, Placement.GENERAL, "role", "@aysel_k secretary");
    assertThat(f.desk.roleOf(41)).contains(Role.SECRETARY);
    assertThat(f.telegram.last(STAFF_CHAT).text()).isEqualTo("Aysel is now secretary.");

    f.command(ADMIN, Placement.GENERAL, "removemember", "41");
    assertThat(f.desk.roleOf(41)).isEmpty();

    f.command(ADMIN, Placement.GENERAL, "role", "1 member");
    assertThat(f.desk.roleOf(ADMIN.userId())).contains(Role.ADMIN);
    assertThat(f.telegram.last(STAFF_CHAT).text()).contains("ADMIN_IDS");
  }

  @Test
  void membersList_showsRolesLanguagesAndGroups() {
    f.command(LEYLA, Placement.GENERAL, "members", "");

    assertThat(f.telegram.last(STAFF_CHAT).text()).contains("Members (2):",
        "• Leyla @leyla_m (21) — member; languages: ru; groups: labour-migration",
        "• Azər @azer_admin (1) — admin");
  }

  @Test
  void aForgedRating_forSomebodyElsesCase_isIgnored() {
    Case c = openCase();
    f.command(LEYLA, f.thread(c), "close", "resolved");

    f.userPress(9999, 1, CaseButtons.rate(c.id(), false));

    assertThat(f.outcomes.ratings).isEmpty();
    assertThat(f.telegram.answered).singleElement().satisfies(a -> assertThat(a.notice()).isEmpty());
  }

  private Case openCase() {
    f.handOff(USER, Language.RU, HandOff.Reason.USER_ASKED, Optional.empty(), "нужна помощь с разрешением на работу");
    return f.caseOf(USER);
  }
}
