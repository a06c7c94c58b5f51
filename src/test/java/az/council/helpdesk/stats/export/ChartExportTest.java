package az.council.helpdesk.stats.export;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.stats.StatsLabels;
import az.council.helpdesk.stats.StatsPeriod;
import az.council.helpdesk.stats.StatsReport;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class ChartExportTest {
  @TempDir Path dir;
  private final ChartExport charts = new ChartExport(new StatsLabels(new Messages()));

  @ParameterizedTest
  @EnumSource(Language.class)
  void write_twoPhoneSizedPngs(Language language) throws Exception {
    List<Path> files = charts.write(SampleReport.create(), language, dir.resolve("charts"), "stats-2022-Q3");

    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("stats-2022-Q3-citizenship.png", "stats-2022-Q3-topics.png");
    for (Path file : files) {
      BufferedImage image = ImageIO.read(file.toFile());
      assertThat(image.getWidth()).isEqualTo(ChartExport.WIDTH);
      assertThat(image.getHeight()).isEqualTo(ChartExport.HEIGHT).isGreaterThan(image.getWidth());
      assertThat(Files.size(file)).isGreaterThan(10_000);
      assertThat(distinctColours(image)).as("drawn, not blank").isGreaterThan(20);
    }
  }

  @Test
  void write_emptyPeriod_stillDrawsReadableCharts() throws Exception {
    StatsReport empty = new StatsReport(StatsPeriod.month(YearMonth.of(2022, 1)), 0, 0, List.of(), 0, List.of(), 0,
        List.of(), List.of(), new StatsReport.Cases(0, 0, List.of(), 0, 0, Optional.empty()),
        new StatsReport.Feedback(0, 0, 0, List.of(), List.of()));

    List<Path> files = charts.write(empty, Language.EN, dir, "empty");

    assertThat(files).allSatisfy(file -> assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(ChartExport.WIDTH));
  }

  @Test
  void shorten_longNames_keepTheirStart() {
    assertThat(ChartExport.shorten("Amerika Birləşmiş Ştatları")).isEqualTo("Amerika Birləşmiş Şta…").hasSize(22);
    assertThat(ChartExport.shorten("Ukrayna")).isEqualTo("Ukrayna");
  }

  private static long distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
