package az.council.helpdesk.stats.export;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.stats.Citizenship;
import az.council.helpdesk.stats.StatsLabels;
import az.council.helpdesk.stats.StatsReport;
import az.council.helpdesk.stats.Tally;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;

/**
 * Two bar charts as PNG, sized and lettered to be read on a phone in a Telegram chat (1080 × 1350, large type):
 * persons by citizenship (the leading countries, the rest as "other", Azerbaijani citizens abroad apart) and
 * inquiries by topic. Drawn into an image in memory, so it needs no display (headless servers are fine) but
 * does need a font with ə and Cyrillic: the logical SansSerif font maps to one (DejaVu on Linux).
 */
public final class ChartExport {
  public static final int WIDTH = 1080;
  public static final int HEIGHT = 1350;
  /** More bars than this would not be readable at phone size. */
  static final int MAX_COUNTRIES = 9;
  private static final int MAX_LABEL = 22;
  private static final Color BAR = new Color(0x74A9CF);

  private final StatsLabels labels;
  private final Messages messages;

  public ChartExport(StatsLabels labels) {
    this.labels = labels;
    this.messages = labels.messages();
  }

  /** Writes {@code <prefix>-citizenship.png} and {@code <prefix>-topics.png} into {@code directory}. */
  public List<Path> write(StatsReport report, Language language, Path directory, String prefix) throws IOException {
    Files.createDirectories(directory);
    String period = report.period().label();
    Path citizenship = directory.resolve(prefix + "-citizenship.png");
    save(chart(messages.get(language, "stats.chart.citizenship", period), citizenshipBars(report, language)), citizenship);
    Path topics = directory.resolve(prefix + "-topics.png");
    save(chart(messages.get(language, "stats.chart.topics", period), topicBars(report, language)), topics);
    return List.of(citizenship, topics);
  }

  private List<Tally<String>> citizenshipBars(StatsReport report, Language language) {
    List<Tally<String>> bars = new ArrayList<>();
    List<Tally<Citizenship>> countries = report.citizenship().stream().filter(t -> t.key().isCountry()).toList();
    countries.stream().limit(MAX_COUNTRIES)
        .forEach(t -> bars.add(new Tally<>(labels.citizenship(t.key(), language), t.count())));
    int shown = bars.stream().mapToInt(Tally::count).sum();
    if (report.foreigners() > shown) {
      bars.add(new Tally<>(messages.get(language, "stats.chart.others"), report.foreigners() - shown));
    }
    if (report.azerbaijanis() > 0) {
      bars.add(new Tally<>(labels.citizenship(Citizenship.AZERBAIJANI_ABROAD, language), report.azerbaijanis()));
    }
    return bars;
  }

  private List<Tally<String>> topicBars(StatsReport report, Language language) {
    List<Tally<String>> bars = new ArrayList<>();
    report.topics().stream().filter(t -> t.count() > 0)
        .forEach(t -> bars.add(new Tally<>(labels.topic(t.key(), language), t.count())));
    if (report.outOfScope() > 0) {
      bars.add(new Tally<>(messages.get(language, "stats.text.outOfScope"), report.outOfScope()));
    }
    return bars;
  }

  private static CategoryChart chart(String title, List<Tally<String>> bars) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).build();
    CategoryStyler styler = chart.getStyler();
    styler.setLegendVisible(false);
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotBorderVisible(false);
    styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
    styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
    styler.setLabelsVisible(true);
    styler.setLabelsFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
    styler.setLabelsFontColorAutomaticEnabled(false);
    styler.setLabelsFontColor(Color.BLACK);
    styler.setLabelsPosition(1.0);
    styler.setXAxisLabelRotation(50);
    // The count is written on each bar, so the y axis and grid would only add clutter at phone size.
    styler.setYAxisTicksVisible(false);
    styler.setPlotGridLinesVisible(false);
    styler.setYAxisMin(0.0);
    styler.setAvailableSpaceFill(0.75);
    styler.setSeriesColors(new Color[] {BAR});
    styler.setChartPadding(24);
    List<String> names = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    for (Tally<String> bar : bars) {
      names.add(shorten(bar.key()));
      counts.add(bar.count());
    }
    if (names.isEmpty()) {
      names.add("—");
      counts.add(0);
    }
    styler.setYAxisMax(Math.max(1, counts.stream().mapToInt(Integer::intValue).max().orElse(0)) * 1.08);
    chart.addSeries("count", names, counts);
    return chart;
  }

  /** Long names ("Amerika Birləşmiş Ştatları") are cut so the rotated labels leave room for the bars. */
  static String shorten(String label) {
    return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1).strip() + "…";
  }

  private static void save(CategoryChart chart, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    }
  }
}
