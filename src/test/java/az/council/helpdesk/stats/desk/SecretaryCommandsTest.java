package az.council.helpdesk.stats.desk;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.cases.Role;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.stats.StatsPeriod;
import az.council.helpdesk.stats.StatsReport;
import az.council.helpdesk.stats.desk.SecretaryAction.DiscardFiles;
import az.council.helpdesk.stats.desk.SecretaryAction.SendDocument;
import az.council.helpdesk.stats.desk.SecretaryAction.SendPhoto;
import az.council.helpdesk.stats.desk.SecretaryAction.SendText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

final class SecretaryCommandsTest {
  private static final long USER = 7;

  @TempDir Path data;
  private DeskFixture f;

  @BeforeEach
  void open() {
    f = new DeskFixture(data, Language.EN);
  }

  @AfterEach
  void close() {
    f.close();
  }

  private static String allText(List<SecretaryAction> actions) {
    return actions.stream().map(a -> ((SendText) a).text()).collect(Collectors.joining("\n"));
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"SECRETARY", "ADMIN"})
  void stats_forSecretaryAndAdmin_givesTheYearsFiguresAndTheReportParagraph(Role role) {
    List<SecretaryAction> actions = f.command(USER, Optional.of(role), "stats", "2022");

    StatsReport report = f.stats.report(StatsPeriod.year(2022));
    assertThat(report.persons()).as("the seed's people (some asked twice)").isGreaterThan(145);
    assertThat(actions).allSatisfy(a -> assertThat(a).isInstanceOfSatisfying(SendText.class,
        s -> assertThat(s.to()).isEqualTo(DeskFixture.STAFF)));
    String text = allText(actions);
    assertThat(text).contains("Statistics for 2022 (2022-01-01 – 2022-12-31)")
        .contains("Persons: " + report.persons())
        .contains("Ukraine — 58").contains("Russia — 24")
        .contains("For the annual report:")
        .contains(f.stats.paragraph(report, Language.EN));
  }

  @ParameterizedTest
  @ValueSource(strings = {"stats", "export"})
  void statsAndExport_forAMemberOrAStranger_areRefusedPolitely(String command) {
    for (Optional<Role> role : List.of(Optional.of(Role.MEMBER), Optional.<Role>empty())) {
      List<SecretaryAction> actions = f.command(USER, role, command, "2022");

      assertThat(actions).singleElement().isEqualTo(new SendText(DeskFixture.STAFF,
          f.messages.get(Language.EN, "secretary.refused"), az.council.helpdesk.conversation.Keyboard.NONE));
    }
    assertThat(f.scratch).doesNotExist();
  }

  @Test
  void refusal_isInTheStaffLanguage() {
    try (DeskFixture az = new DeskFixture(data.resolve("az"), Language.AZ)) {
      assertThat(DeskFixture.text(az.command(USER, Optional.empty(), "stats", "")))
          .startsWith("Bağışlayın, bu əmr Şuranın katibi");
    }
  }

  @Test
  void stats_withoutAPeriod_coversTheCurrentMonthInBaku() {
    String text = allText(f.command(USER, Optional.of(Role.SECRETARY), "stats", ""));

    assertThat(text).startsWith("Statistics for 2023-03 (2023-03-01 – 2023-03-31)")
        .contains("No inquiries in this period.").doesNotContain("For the annual report:");
  }

  @Test
  void stats_forARangeOfDays_countsThoseDaysOnly() {
    String text = allText(f.command(USER, Optional.of(Role.ADMIN), "stats", "2022-01-01..2022-06-30"));

    StatsReport half = f.stats.report(StatsPeriod.between(java.time.LocalDate.of(2022, 1, 1),
        java.time.LocalDate.of(2022, 6, 30)));
    assertThat(half.inquiries()).isPositive().isLessThan(f.stats.report(StatsPeriod.year(2022)).inquiries());
    assertThat(text).startsWith("Statistics for 2022-01-01 – 2022-06-30")
        .contains("inquiries: " + half.inquiries()).doesNotContain("For the annual report:");
  }

  @Test
  void stats_forAQuarterAndAMonth_useThoseLabels() {
    assertThat(allText(f.command(USER, Optional.of(Role.SECRETARY), "stats", "2022-q3")))
        .startsWith("Statistics for 2022-Q3 (2022-07-01 – 2022-09-30)");
    assertThat(allText(f.command(USER, Optional.of(Role.SECRETARY), "stats", " 2022-05 ")))
        .startsWith("Statistics for 2022-05 (2022-05-01 – 2022-05-31)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"last year", "2022-13", "2022-Q5", "2022-06-30..2022-01-01", "2022-01-01..", "22"})
  void aBadPeriod_isAnsweredWithTheAcceptedForms(String argument) {
    for (String command : List.of("stats", "export")) {
      List<SecretaryAction> actions = f.command(USER, Optional.of(Role.SECRETARY), command, argument);

      assertThat(actions).singleElement().isInstanceOfSatisfying(SendText.class, s -> assertThat(s.text())
          .contains("“" + argument.strip() + "”").contains("2022", "2022-Q3", "2022-05", "2022-01-01..2022-06-30"));
    }
  }

  @Test
  void export_sendsCsvAndXlsxAsDocumentsAndTheChartsAsPhotos_thenDiscardsThem() throws Exception {
    List<SecretaryAction> actions = f.command(USER, Optional.of(Role.SECRETARY), "export", "2022");

    List<Path> documents = actions.stream().filter(SendDocument.class::isInstance)
        .map(a -> ((SendDocument) a).file()).toList();
    List<Path> photos = actions.stream().filter(SendPhoto.class::isInstance).map(a -> ((SendPhoto) a).file()).toList();
    assertThat(documents).extracting(p -> p.getFileName().toString())
        .containsExactlyInAnyOrder("stats-2022.csv", "stats-2022.xlsx");
    assertThat(photos).hasSize(2).allSatisfy(p -> assertThat(p.getFileName().toString()).endsWith(".png"));
    assertThat(actions).filteredOn(SendDocument.class::isInstance)
        .allSatisfy(a -> assertThat(((SendDocument) a).caption()).isEqualTo("Statistics for 2022"));
    assertThat(actions.getLast()).isInstanceOf(DiscardFiles.class);
    Path directory = ((DiscardFiles) actions.getLast()).directory();
    assertThat(directory.getParent()).isEqualTo(f.scratch);
    assertThat(documents).allSatisfy(p -> assertThat(p).startsWith(directory).isNotEmptyFile());
    assertThat(Files.readAllBytes(photos.get(0))).startsWith(0x89, 'P', 'N', 'G');

    ((DiscardFiles) actions.getLast()).deleteNow();

    assertThat(directory).doesNotExist();
  }

  @Test
  void export_twice_usesAFreshDirectoryEachTime() {
    DiscardFiles first = (DiscardFiles) f.command(USER, Optional.of(Role.ADMIN), "export", "2022").getLast();
    DiscardFiles second = (DiscardFiles) f.command(USER, Optional.of(Role.ADMIN), "export", "2022").getLast();

    assertThat(first.directory()).isNotEqualTo(second.directory());
  }

  @Test
  void export_ofAnEmptyPeriod_saysSoAndWritesNothing() {
    List<SecretaryAction> actions = f.command(USER, Optional.of(Role.SECRETARY), "export", "");

    assertThat(actions).singleElement().isInstanceOfSatisfying(SendText.class,
        s -> assertThat(s.text()).isEqualTo("No inquiries in 2023-03: nothing to export."));
  }

  @Test
  void aLongStatsText_isSplitForTelegram() {
    List<SecretaryAction> actions = SecretaryDesk.text(DeskFixture.STAFF, "line\n\n".repeat(1000));

    assertThat(actions).hasSizeGreaterThan(1).allSatisfy(a -> assertThat(((SendText) a).text()).hasSizeLessThanOrEqualTo(4096));
  }
}
