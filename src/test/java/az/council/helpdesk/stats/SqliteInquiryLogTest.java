package az.council.helpdesk.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SqliteInquiryLogTest {
  private static final long ALI = 5_551_234_567L;
  private static final long OKSANA = 7_771_234_567L;
  private static final Instant NOON = Instant.parse("2022-05-10T08:00:00Z");

  @TempDir Path data;
  private Database database;
  private SqliteInquiryLog log;
  private SqliteInquiryHistory history;

  @BeforeEach
  void open() {
    database = Database.open(data);
    log = new SqliteInquiryLog(database, Pseudonyms.inDirectory(data), Clock.fixed(NOON, ZoneOffset.UTC));
    history = new SqliteInquiryHistory(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private static Inquiry answered(long user, Instant at) {
    return new Inquiry(at, user, Language.RU, Optional.of(Topic.REGISTRATION), Optional.of("registration-deadline"),
        true, false, Inquiry.Source.BOT);
  }

  private static Inquiry unanswered(long user, Instant at, String text) {
    return new Inquiry(at, user, Language.AZ, Optional.empty(), Optional.empty(), false, false, Inquiry.Source.BOT)
        .withQuestion(text);
  }

  private List<LoggedInquiry> all() {
    return history.between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"));
  }

  @Test
  void record_thenRead_keepsEveryField() {
    long id = log.record(answered(ALI, NOON));

    assertThat(all()).singleElement().satisfies(row -> {
      assertThat(row.id()).isEqualTo(id);
      assertThat(row.at()).isEqualTo(NOON);
      assertThat(row.language()).contains(Language.RU);
      assertThat(row.topic()).contains(Topic.REGISTRATION);
      assertThat(row.entryId()).contains("registration-deadline");
      assertThat(row.confident()).isTrue();
      assertThat(row.escalated()).isFalse();
      assertThat(row.source()).isEqualTo(Inquiry.Source.BOT);
      assertThat(row.citizenship()).isEqualTo(Citizenship.UNKNOWN);
      assertThat(row.helpful()).isEmpty();
      assertThat(row.caseId()).isEmpty();
    });
  }

  @Test
  void record_sameMessageAgain_afterARestart_isCountedOnce() {
    long first = log.record(answered(ALI, NOON).from(ALI, 42));
    database.close();
    open(); // the update is handled again by the next process

    long again = log.record(answered(ALI, NOON).from(ALI, 42));
    long next = log.record(answered(ALI, NOON.plusSeconds(5)).from(ALI, 43));
    long otherChat = log.record(answered(OKSANA, NOON).from(OKSANA, 42));
    long press = log.record(answered(ALI, NOON).fromPress("4411"));

    assertThat(again).isEqualTo(first);
    assertThat(log.record(answered(ALI, NOON).fromPress("4411"))).isEqualTo(press);
    assertThat(all()).extracting(LoggedInquiry::id).containsExactlyInAnyOrder(first, next, otherChat, press);
  }

  @Test
  void forget_dropsTheMessageKeys_soMessageIdsCannotLinkTheRowsBack() throws Exception {
    log.record(answered(ALI, NOON).from(ALI, 42));
    log.forget(ALI);

    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve("helpdesk.db"));
        var s = c.createStatement();
        var rows = s.executeQuery("SELECT COUNT(*) FROM inquiries WHERE origin IS NOT NULL")) {
      rows.next();
      assertThat(rows.getLong(1)).isZero();
    }
    assertThat(all()).hasSize(1);
  }

  @Test
  void record_samePersonTwice_sameReference() {
    log.record(answered(ALI, NOON));
    log.record(answered(ALI, NOON.plusSeconds(60)));
    log.record(answered(OKSANA, NOON.plusSeconds(120)));

    List<String> refs = all().stream().map(LoggedInquiry::personRef).toList();
    assertThat(refs.get(0)).isEqualTo(refs.get(1));
    assertThat(refs.get(2)).isNotEqualTo(refs.get(0));
  }

  @Test
  void record_neverStoresTheRawTelegramId() throws Exception {
    log.record(unanswered(ALI, NOON, "vizamı necə uzadım?"));
    log.citizenship(ALI, "UA");
    log.rate(log.record(answered(ALI, NOON)), ALI, true);

    List<Object> cells = everyCell();
    assertThat(cells).isNotEmpty().noneMatch(cell -> cell.toString().contains(Long.toString(ALI)));
    database.close();
    for (Path file : Files.list(data).toList()) {
      String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      assertThat(bytes).as(file.toString()).doesNotContain(Long.toString(ALI));
    }
    database = Database.open(data);
  }

  /** Every value in every table, integers included (a stored id would not show as digits in the file). */
  private List<Object> everyCell() {
    return database.read(c -> {
      List<String> tables = new ArrayList<>();
      try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      List<Object> cells = new ArrayList<>();
      for (String table : tables) {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
          while (rs.next()) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
              Optional.ofNullable(rs.getObject(i)).ifPresent(cells::add);
            }
          }
        }
      }
      return cells;
    });
  }

  @Test
  void record_keepsTheTextOnlyOfQuestionsItCouldNotAnswer() {
    log.record(unanswered(ALI, NOON, "  Как продлить визу ребёнку?  "));
    log.record(answered(ALI, NOON).withQuestion("qeydiyyat müddəti"));

    assertThat(all()).extracting(LoggedInquiry::question)
        .containsExactly(Optional.of("Как продлить визу ребёнку?"), Optional.empty());
  }

  @Test
  void record_veryLongQuestion_isCut() {
    log.record(unanswered(ALI, NOON, "ə".repeat(5_000)));

    assertThat(all().getFirst().question().orElseThrow()).hasSize(SqliteInquiryLog.MAX_QUESTION_CHARS + 1).endsWith("…");
  }

  @Test
  void rate_ownInquiry_isStored() {
    long id = log.record(answered(ALI, NOON));

    assertThat(log.rate(id, ALI, false)).isTrue();
    assertThat(all().getFirst().helpful()).contains(false);
  }

  @Test
  void rate_someoneElsesInquiry_isIgnored() {
    long id = log.record(answered(ALI, NOON));

    assertThat(log.rate(id, OKSANA, false)).isFalse();
    assertThat(log.rate(id + 100, ALI, false)).isFalse();
    assertThat(all().getFirst().helpful()).isEmpty();
  }

  @Test
  void citizenship_isStoredNormalisedAndAppliesToEarlierInquiries() {
    log.record(answered(ALI, NOON));
    log.citizenship(ALI, "ua");

    assertThat(log.citizenshipOf(ALI)).contains("UA");
    assertThat(all().getFirst().citizenship()).isEqualTo(new Citizenship("UA"));
  }

  @Test
  void citizenship_beforeAnyInquiry_createsThePerson() {
    log.citizenship(OKSANA, "stateless");

    assertThat(log.citizenshipOf(OKSANA)).contains("stateless");
    assertThat(log.citizenshipOf(ALI)).isEmpty();
  }

  @Test
  void citizenship_notACode_isABug() {
    assertThatThrownBy(() -> log.citizenship(ALI, "Ukraine")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void forget_unlinksTheRowsKeepsThemCountableAndDeletesThePerson() throws Exception {
    long first = log.record(unanswered(ALI, NOON, "sual"));
    log.record(answered(ALI, NOON.plusSeconds(60)));
    log.citizenship(ALI, "TR");
    long oksanas = log.record(answered(OKSANA, NOON));
    String before = all().getFirst().personRef();

    log.forget(ALI);

    List<LoggedInquiry> rows = all();
    assertThat(rows).hasSize(3);
    List<LoggedInquiry> alis = rows.stream().filter(r -> r.id() != oksanas).toList();
    assertThat(alis).hasSize(2).allSatisfy(row -> {
      assertThat(row.personRef()).isNotEqualTo(before);
      assertThat(row.citizenship()).isEqualTo(new Citizenship("TR"));
      assertThat(row.question()).isEmpty();
    });
    assertThat(alis.get(0).personRef()).isEqualTo(alis.get(1).personRef());
    assertThat(log.citizenshipOf(ALI)).isEmpty();
    assertThat(log.rate(first, ALI, true)).isFalse();
    assertThat(personKinds()).containsExactlyInAnyOrder("telegram", "unlinked");
  }

  @Test
  void forget_thenAskAgain_isANewPerson() {
    log.record(answered(ALI, NOON));
    log.forget(ALI);
    log.record(answered(ALI, NOON.plusSeconds(60)));

    assertThat(all()).extracting(LoggedInquiry::personRef).doesNotHaveDuplicates();
  }

  @Test
  void forget_someoneWithoutInquiries_leavesNothing() {
    log.citizenship(ALI, "GE");

    log.forget(ALI);
    log.forget(OKSANA);

    assertThat(personKinds()).isEmpty();
  }

  private List<String> personKinds() {
    return database.read(c -> {
      List<String> kinds = new ArrayList<>();
      try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT kind FROM persons")) {
        while (rs.next()) {
          kinds.add(rs.getString(1));
        }
      }
      return kinds;
    });
  }
}
