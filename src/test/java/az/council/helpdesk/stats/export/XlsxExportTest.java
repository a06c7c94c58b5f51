package az.council.helpdesk.stats.export;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.stats.StatsLabels;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class XlsxExportTest {
  @TempDir Path dir;
  private final StatsLabels labels = new StatsLabels(new Messages());

  private Path write(Language language) throws Exception {
    Path file = dir.resolve("stats.xlsx");
    new XlsxExport().write(StatsTable.of(SampleReport.create(), labels, language), file);
    return file;
  }

  @Test
  void write_hasASummaryAndOneSheetPerBreakdown() throws Exception {
    try (ReadableWorkbook workbook = new ReadableWorkbook(write(Language.AZ).toFile())) {
      assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Xülasə", "Vətəndaşlıq", "Mövzular",
          "Dillər", "Mənbələr", "Nəticələr", "Cavabsız suallar", "Faydasız cavablar");
    }
  }

  @Test
  void write_breakdownSheets_endWithTheRightTotals() throws Exception {
    try (ReadableWorkbook workbook = new ReadableWorkbook(write(Language.EN).toFile())) {
      assertThat(total(workbook, "Citizenship")).isEqualTo(112);
      assertThat(total(workbook, "Topics")).isEqualTo(170);
      assertThat(total(workbook, "Languages")).isEqualTo(170);
      assertThat(total(workbook, "Sources")).isEqualTo(170);
      assertThat(total(workbook, "Outcomes")).isEqualTo(22);
      assertThat(total(workbook, "Not helpful")).isEqualTo(12);
    }
  }

  @Test
  void write_summaryAndNamesInTheReadersLanguage() throws Exception {
    try (ReadableWorkbook workbook = new ReadableWorkbook(write(Language.RU).toFile())) {
      List<Row> summary = workbook.findSheet("Сводка").orElseThrow().read();
      assertThat(summary.getFirst().getCellText(1)).isEqualTo("2022-07-01 – 2022-09-30");
      assertThat(value(summary, "Человек (уникальных)")).isEqualTo(120);
      assertThat(value(summary, "Медианное время до первого ответа консультанта, мин")).isEqualTo(95);
      List<Row> citizenship = workbook.findSheet("Гражданство").orElseThrow().read();
      assertThat(citizenship.getFirst().getCellText(2)).isEqualTo("Количество");
      assertThat(citizenship.get(1).getCellText(1)).isEqualTo("Украина");
      List<Row> unanswered = workbook.findSheet("Вопросы без ответа").orElseThrow().read();
      assertThat(unanswered).anySatisfy(row -> assertThat(row.getCellText(1)).isEqualTo(SampleReport.FORMULA));
      assertThat(unanswered).allSatisfy(row -> assertThat(row.getCell(1).getType().name()).isNotEqualTo("FORMULA"));
    }
  }

  @Test
  void sheetName_longOrForbiddenCharacters_isMadeValidAndUnique() {
    Set<String> taken = new HashSet<>();

    assertThat(XlsxExport.sheetName("A very long title: [with] / forbidden * chars?", taken)).hasSizeLessThanOrEqualTo(31)
        .doesNotContain("[", "]", ":", "*", "?", "/").isNotEmpty();
    assertThat(XlsxExport.sheetName("Same", taken)).isEqualTo("Same");
    assertThat(XlsxExport.sheetName("same", taken)).isEqualTo("same 2");
  }

  private static long value(List<Row> rows, String name) {
    Row row = rows.stream().filter(r -> r.getCellText(0).equals(name)).findFirst().orElseThrow();
    return row.getCellAsNumber(1).orElseThrow().longValueExact();
  }

  private static long total(ReadableWorkbook workbook, String sheet) throws Exception {
    List<Row> rows = workbook.findSheet(sheet).orElseThrow().read();
    Row last = rows.getLast();
    assertThat(last.getCellText(1)).isEqualTo("Total");
    long sum = rows.subList(1, rows.size() - 1).stream()
        .map(row -> row.getCellAsNumber(2)).flatMap(Optional::stream).mapToLong(BigDecimal::longValueExact).sum();
    assertThat(last.getCellAsNumber(2).orElseThrow().longValueExact()).isEqualTo(sum);
    return sum;
  }
}
