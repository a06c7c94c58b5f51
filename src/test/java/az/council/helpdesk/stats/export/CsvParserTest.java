package az.council.helpdesk.stats.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

final class CsvParserTest {
  private final CsvParser parser = new CsvParser();

  @Test
  void parse_excelSemicolonFileWithBom_readsCellsAndLines() {
    List<CsvParser.CsvRow> rows = parser.parse("\uFEFFdate;citizenship\r\n2022-05-01;\"Ukrayna; Kiyev\"\r\n\r\n2022-05-02;TR\r\n");

    assertThat(rows).containsExactly(
        new CsvParser.CsvRow(1, List.of("date", "citizenship")),
        new CsvParser.CsvRow(2, List.of("2022-05-01", "Ukrayna; Kiyev")),
        new CsvParser.CsvRow(4, List.of("2022-05-02", "TR")));
  }

  @Test
  void parse_quotedLineBreak_staysInTheCellAndCountsLines() {
    List<CsvParser.CsvRow> rows = parser.parse("a,b\n\"x\ny\",\"say \"\"hi\"\"\"\nlast,row");

    assertThat(rows.get(1).cells()).containsExactly("x\ny", "say \"hi\"");
    assertThat(rows.get(2).line()).isEqualTo(4);
  }

  @Test
  void parse_unclosedQuote_isAnError() {
    assertThatThrownBy(() -> parser.parse("a,b\n\"open,1\n")).hasMessageContaining("line 2");
  }
}
