package az.council.helpdesk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class StatsTextTest {
  @TempDir Path data;

  @Test
  void render_showsEveryBreakdownInTheReadersLanguage() {
    try (Database database = Database.open(data)) {
      Clock clock = Clock.fixed(Instant.parse("2023-01-01T00:00:00Z"), ZoneOffset.UTC);
      Report2022Seed.write(new SqliteInquiryLog(database, Pseudonyms.inDirectory(data), clock),
          new SqliteMemberLog(database, clock));
      StatsService service = new StatsService(new SqliteInquiryHistory(database), new Messages());
      StatsReport report = service.report(StatsPeriod.year(2022));

      String az = service.text(report, Language.AZ);
      String ru = service.text(report, Language.RU);

      assertThat(az).startsWith("2022 üzrə statistika (2022-01-01 – 2022-12-31)\nŞəxslər: 155, müraciətlər: 181\n")
          .contains("Xaricdə yaşayan Azərbaycan vətəndaşları (ayrıca sayılır): 8",
              "Əcnəbilər vətəndaşlıq üzrə (şəxslər):\n  Ukrayna — 58\n  Rusiya — 24\n  Türkiyə — 18",
              "  Vətəndaşlığı olmayan şəxslər — 1\n  Göstərilməyib — 1\n",
              "Mövzular üzrə (müraciətlər):\n  Qeydiyyat — 66\n", "Əyani və telefonla — ",
              "Üzvün ilk cavabına qədər median vaxt: hələ cavab yoxdur");
      assertThat(ru).contains("Человек: 155, обращений: 181", "  Украина — 58", "Регистрация — 66");
    }
  }

  @Test
  void render_emptyPeriod_saysSo() {
    StatsService service = new StatsService((from, to) -> List.of(), new Messages());

    assertThat(service.text(service.report(StatsPeriod.parse("2020-02")), Language.EN))
        .isEqualTo("Statistics for 2020-02 (2020-02-01 – 2020-02-29)\nNo inquiries in this period.\n");
  }

  @Test
  void render_manyUnansweredQuestions_showsTheCommonestAndCountsTheRest() {
    List<LoggedInquiry> rows = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      for (int times = 0; times <= i; times++) {
        rows.add(new LoggedInquiry(rows.size(), Instant.parse("2022-01-10T10:00:00Z"), "p" + i,
            Optional.of(Language.EN), Citizenship.UNKNOWN, Optional.empty(),
            Optional.empty(), false, false, Inquiry.Source.BOT, Optional.empty(),
            OptionalLong.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.of("question " + i)));
      }
    }
    StatsService service = new StatsService((from, to) -> rows, new Messages());

    String text = service.text(service.report(StatsPeriod.parse("2022-01")), Language.EN);

    assertThat(text).contains("  30 × «question 29»\n", "  11 × «question 10»\n", "  … and 10 more (see the export)\n")
        .doesNotContain("«question 9»");
  }

  @Test
  void duration_isRoundedToTheMinute() {
    StatsLabels labels = new StatsLabels(new Messages());

    assertThat(labels.duration(Duration.ofSeconds(5_730), Language.EN)).isEqualTo("1 h 36 min");
    assertThat(labels.duration(Duration.ofMinutes(7), Language.AZ)).isEqualTo("0 saat 07 dəq");
  }
}
