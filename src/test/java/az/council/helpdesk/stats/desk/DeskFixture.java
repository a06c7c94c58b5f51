package az.council.helpdesk.stats.desk;

import az.council.helpdesk.support.MutableClock;
import az.council.helpdesk.cases.Role;
import az.council.helpdesk.conversation.Keyboard;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.stats.Pseudonyms;
import az.council.helpdesk.stats.Report2022Seed;
import az.council.helpdesk.stats.SqliteInquiryHistory;
import az.council.helpdesk.stats.SqliteInquiryLog;
import az.council.helpdesk.stats.SqliteMemberLog;
import az.council.helpdesk.stats.StatsService;
import az.council.helpdesk.store.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A desk over SQLite in a test directory, seeded with the 2022 report's log, on a hand-moved clock. */
final class DeskFixture implements AutoCloseable {
  static final Place STAFF = Place.topic(-1001234567890L, 5);
  /** 2023-03-15 12:00 in Baku: the current month holds nothing but what a test logs. */
  static final Instant NOW = Instant.parse("2023-03-15T08:00:00Z");

  final MutableClock clock = new MutableClock(NOW);
  final Messages messages = new Messages();
  final Database database;
  final StatsService stats;
  final SecretaryDesk desk;
  final Path scratch;
  private int presses;

  DeskFixture(Path data, Language staffLanguage) {
    database = Database.open(data.resolve("db"));
    SqliteMemberLog members = new SqliteMemberLog(database, clock);
    Report2022Seed.write(new SqliteInquiryLog(database, Pseudonyms.inDirectory(data.resolve("db")), clock), members);
    stats = new StatsService(new SqliteInquiryHistory(database), messages);
    scratch = data.resolve("scratch");
    desk = new SecretaryDesk(stats, members, messages, staffLanguage, clock, scratch);
  }

  List<SecretaryAction> command(long user, Optional<Role> role, String name, String argument) {
    return desk.handle(new SecretaryEvent.Command(user, role, STAFF, name, argument));
  }

  List<SecretaryAction> press(long user, Optional<Role> role, String data) {
    return desk.handle(new SecretaryEvent.Press(user, role, STAFF, 77, "press-" + (++presses), data));
  }

  List<SecretaryAction> type(long user, Optional<Role> role, String text) {
    return desk.handle(new SecretaryEvent.Text(user, role, STAFF, text));
  }

  /** The buttons of the last message sent or edited among {@code actions}. */
  static Keyboard keyboard(List<SecretaryAction> actions) {
    SecretaryAction last = actions.getLast();
    return switch (last) {
      case SecretaryAction.SendText s -> s.keyboard();
      case SecretaryAction.EditText e -> e.keyboard();
      default -> throw new AssertionError("no message in " + actions);
    };
  }

  /** The data of the button labelled {@code label} in the last message. */
  static String button(List<SecretaryAction> actions, String label) {
    return keyboard(actions).rows().stream().flatMap(List::stream).filter(b -> b.label().equals(label))
        .findFirst().orElseThrow(() -> new AssertionError("no button '" + label + "' in " + actions)).data();
  }

  /** The text of the last message sent or edited. */
  static String text(List<SecretaryAction> actions) {
    return switch (actions.getLast()) {
      case SecretaryAction.SendText s -> s.text();
      case SecretaryAction.EditText e -> e.text();
      default -> throw new AssertionError("no message in " + actions);
    };
  }

  @Override
  public void close() {
    database.close();
  }
}
