package az.council.helpdesk.stats.desk;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.stats.StatsReport;
import az.council.helpdesk.stats.StatsService;
import az.council.helpdesk.stats.desk.SecretaryAction.DiscardFiles;
import az.council.helpdesk.stats.desk.SecretaryAction.SendDocument;
import az.council.helpdesk.stats.desk.SecretaryAction.SendPhoto;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /export}: CSV and XLSX as documents, the charts as photos, from a fresh directory discarded afterwards. */
final class StatsExports {
  private static final Logger LOG = LoggerFactory.getLogger(StatsExports.class);

  private final StatsService stats;
  private final Messages messages;
  private final Language language;
  private final Path scratch;

  StatsExports(StatsService stats, Messages messages, Language language, Path scratch) {
    this.stats = stats;
    this.messages = messages;
    this.language = language;
    this.scratch = scratch;
  }

  List<SecretaryAction> export(Place place, StatsReport report) {
    String label = report.period().label();
    if (report.inquiries() == 0) {
      return SecretaryDesk.text(place, messages.get(language, "secretary.export.empty", label));
    }
    Path directory = null;
    try {
      Files.createDirectories(scratch);
      directory = Files.createTempDirectory(scratch, "export-");
      List<SecretaryAction> actions = new ArrayList<>();
      String caption = messages.get(language, "secretary.export.caption", label);
      for (Path file : stats.exportAll(report, language, directory)) {
        actions.add(file.getFileName().toString().endsWith(".png") ? new SendPhoto(place, file, caption)
            : new SendDocument(place, file, caption));
      }
      actions.add(new DiscardFiles(directory));
      return List.copyOf(actions);
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("the export of {} failed", label, e);
      if (directory != null) {
        discard(directory);
      }
      return SecretaryDesk.text(place, messages.get(language, "secretary.export.failed"));
    }
  }

  /** Deletes {@code directory} and its files; a failure is logged, not thrown (the next export is unaffected). */
  static void discard(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      LOG.warn("could not delete the export directory {}", directory, e);
    }
  }
}
