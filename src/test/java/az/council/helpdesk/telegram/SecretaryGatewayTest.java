package az.council.helpdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.cases.Role;
import az.council.helpdesk.fakeapi.ApiCall;
import az.council.helpdesk.fakeapi.ChatMessage;
import az.council.helpdesk.fakeapi.FakeBotApi;
import az.council.helpdesk.fakeapi.FakeChat;
import az.council.helpdesk.fakeapi.FakeTopic;
import az.council.helpdesk.fakeapi.FakeUser;
import az.council.helpdesk.fakeapi.UploadedFile;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.stats.Pseudonyms;
import az.council.helpdesk.stats.Report2022Seed;
import az.council.helpdesk.stats.SqliteInquiryHistory;
import az.council.helpdesk.stats.SqliteInquiryLog;
import az.council.helpdesk.stats.SqliteMemberLog;
import az.council.helpdesk.stats.StatsService;
import az.council.helpdesk.stats.desk.Place;
import az.council.helpdesk.stats.desk.SecretaryAction;
import az.council.helpdesk.stats.desk.SecretaryDesk;
import az.council.helpdesk.stats.desk.SecretaryEvent;
import az.council.helpdesk.store.Database;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/** The desk's actions carried out by the real telegrambots client against the fake Bot API server. */
final class SecretaryGatewayTest {
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final FakeChat STAFF = FakeChat.forum(-1001234567890L, "Council staff");
  private static final FakeUser SECRETARY = FakeUser.of(7, "Leyla", "az");

  @TempDir Path data;
  private FakeBotApi api;
  private OkHttpClient http;
  private Database database;
  private SecretaryDesk desk;
  private SecretaryGateway gateway;
  private Place place;

  @BeforeEach
  void start() {
    api = FakeBotApi.start();
    api.chats().add(STAFF);
    FakeTopic topic = api.chats().openTopic(STAFF, SECRETARY, "Hesabat");
    place = Place.topic(STAFF.id(), topic.threadId());
    http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(10)).build();
    gateway = new SecretaryGateway(new OkHttpTelegramClient(http, api.token(),
        new TelegramUrl("http", "127.0.0.1", api.port(), false)));
    database = Database.open(data.resolve("db"));
    Clock clock = Clock.fixed(Instant.parse("2023-03-15T08:00:00Z"), ZoneOffset.UTC);
    SqliteMemberLog members = new SqliteMemberLog(database, clock);
    Report2022Seed.write(new SqliteInquiryLog(database, Pseudonyms.inDirectory(data.resolve("db")), clock), members);
    Messages messages = new Messages();
    desk = new SecretaryDesk(new StatsService(new SqliteInquiryHistory(database), messages), members, messages,
        Language.AZ, clock, data.resolve("scratch"));
  }

  @AfterEach
  void stop() {
    database.close();
    http.dispatcher().cancelAll();
    http.dispatcher().executorService().shutdownNow();
    http.connectionPool().evictAll();
    api.close();
  }

  private List<SecretaryAction> command(String name, String argument) {
    return desk.handle(new SecretaryEvent.Command(SECRETARY.id(), Optional.of(Role.SECRETARY), place, name,
        argument));
  }

  @Test
  void export_deliversTheXlsxAndCsvDocumentsAndTwoChartPhotos_thenDeletesTheFiles() throws Exception {
    List<SecretaryAction> actions = command("export", "2022");
    Path directory = ((SecretaryAction.DiscardFiles) actions.getLast()).directory();

    assertThat(gateway.execute(actions)).isZero();

    List<ApiCall> documents = api.calls().of("sendDocument");
    List<ApiCall> photos = api.calls().of("sendPhoto");
    assertThat(documents).hasSize(2).allSatisfy(call -> assertThat(call.succeeded()).isTrue());
    assertThat(photos).hasSize(2).allSatisfy(call -> {
      assertThat(call.succeeded()).isTrue();
      UploadedFile png = call.params().upload("photo").orElseThrow();
      assertThat(png.bytes()).startsWith(0x89, 'P', 'N', 'G');
      assertThat(call.param("message_thread_id")).contains(Integer.toString(place.threadId().orElseThrow()));
    });
    UploadedFile xlsx = documents.stream().map(c -> c.params().upload("document").orElseThrow())
        .filter(f -> f.fileName().equals("stats-2022.xlsx")).findFirst().orElseThrow();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
      assertThat(workbook.getSheets().count()).isGreaterThan(1);
    }
    assertThat(documents).allSatisfy(c -> assertThat(c.param("caption")).contains("2022 üzrə statistika"));
    assertThat(directory).doesNotExist();
  }

  @Test
  void stats_textArrivesInTheTopic() {
    assertThat(gateway.execute(command("stats", "2022"))).isZero();

    List<ChatMessage> sent = api.chats().botMessages(STAFF.id());
    assertThat(sent).isNotEmpty().allSatisfy(m -> assertThat(m.threadId()).isEqualTo(place.threadId()));
    assertThat(sent.getFirst().text()).startsWith("2022").contains("Ukrayna");
  }

  @Test
  void log_buttonsArriveAndAnEditReplacesThem() {
    gateway.execute(command("log", ""));
    ChatMessage prompt = api.chats().botMessages(STAFF.id()).getLast();
    String ukraine = prompt.button("Ukrayna").orElseThrow().callbackData().orElseThrow();

    List<SecretaryAction> next = desk.handle(new SecretaryEvent.Press(SECRETARY.id(), Optional.of(Role.MEMBER),
        place, prompt.messageId(), "q1", ukraine));
    gateway.execute(next.stream().filter(a -> a instanceof SecretaryAction.EditText).toList());

    ChatMessage edited = api.chats().message(STAFF.id(), prompt.messageId()).orElseThrow();
    assertThat(edited.editCount()).isEqualTo(1);
    assertThat(edited.text()).contains("Vətəndaşlıq: Ukrayna");
    assertThat(edited.buttons()).hasSize(10);
  }

  @Test
  void aFailedSend_isCountedAndTheExportDirectoryIsStillDeleted() throws Exception {
    Path directory = Files.createTempDirectory(data, "export-");
    Files.writeString(directory.resolve("x.csv"), "a");
    List<SecretaryAction> actions = List.of(
        new SecretaryAction.SendDocument(Place.chat(-100999L), directory.resolve("x.csv"), "x"),
        new SecretaryAction.DiscardFiles(directory));

    assertThat(gateway.execute(actions)).isEqualTo(1);
    assertThat(directory).doesNotExist();
  }
}
