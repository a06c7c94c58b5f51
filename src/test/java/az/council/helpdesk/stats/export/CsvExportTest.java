package az.council.helpdesk.stats.export;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.stats.StatsLabels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class CsvExportTest {
  @TempDir Path dir;
  private final StatsLabels labels = new StatsLabels(new Messages());

  private List<List<String>> roundTrip(Language language, char separator) throws Exception {
    Path file = dir.resolve("stats.csv");
    new CsvExport(separator).write(StatsTable.of(SampleReport.create(), labels, language), file);
    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    return new CsvParser().parse(new String(bytes, StandardCharsets.UTF_8)).stream()
        .map(CsvParser.CsvRow::cells).toList();
  }

  @ParameterizedTest
  @ValueSource(chars = {',', ';'})
  void write_thenRead_givesBackCyrillicAndTheQuestionsText(char separator) throws Exception {
    List<List<String>> rows = roundTrip(Language.RU, separator);

    assertThat(rows.getFirst()).containsExactly("section", "key", "name", "count");
    assertThat(rows).contains(
        List.of("citizenship", "UA", "Украина", "58"),
        List.of("citizenship", "US", "Соединенные Штаты", "3"),
        List.of("summary", "persons", "Человек (уникальных)", "120"),
        List.of("topics", "registration", "Регистрация", "70"),
        List.of("unanswered", "", "Как продлить визу ребёнку?", "4"),
        List.of("unanswered", "", "ərizəni harada verim, \"tez\"?", "2"));
  }

  @Test
  void write_azerbaijani_keepsTheLetterSchwa() throws Exception {
    assertThat(roundTrip(Language.AZ, ',')).contains(List.of("citizenship", "TR", "Türkiyə", "18"));
  }

  @Test
  void write_formulaLookingCells_areDefused() throws Exception {
    List<String> texts = roundTrip(Language.EN, ',').stream().filter(r -> r.getFirst().equals("unanswered"))
        .map(r -> r.get(2)).toList();

    assertThat(texts).contains("'" + SampleReport.FORMULA, "'-5 gün", "'@admin");
    assertThat(texts).noneMatch(t -> t.startsWith("=") || t.startsWith("-") || t.startsWith("@"));
  }

  @Test
  void write_everyBreakdownEndsWithItsTotal() throws Exception {
    List<List<String>> rows = roundTrip(Language.EN, ',');
    Map<String, Integer> sums = rows.subList(1, rows.size()).stream()
        .filter(r -> !r.get(0).equals("summary") && !r.get(1).equals("total"))
        .collect(Collectors.groupingBy(r -> r.get(0), Collectors.summingInt(r -> Integer.parseInt(r.get(3)))));
    Map<String, Integer> totals = rows.stream().filter(r -> r.get(1).equals("total"))
        .collect(Collectors.toMap(r -> r.get(0), r -> Integer.parseInt(r.get(3))));

    assertThat(totals).isEqualTo(sums);
    assertThat(totals).containsEntry("citizenship", 112).containsEntry("topics", 170).containsEntry("languages", 170)
        .containsEntry("sources", 170);
  }

  @Test
  void cell_quotesSeparatorsQuotesAndLineBreaks() {
    Csv csv = new Csv(';');

    assertThat(csv.line(List.of("a;b", "say \"hi\"", "two\nlines", "+1", 5, "\tx")))
        .isEqualTo("\"a;b\";\"say \"\"hi\"\"\";\"two\nlines\";'+1;5;'\tx\r\n");
  }
}
