package az.council.helpdesk.cli;

import az.council.helpdesk.stats.StatsReport;
import az.council.helpdesk.stats.StatsService;
import az.council.helpdesk.stats.export.ExportFormat;
import az.council.helpdesk.store.Database;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code stats export}: the figures of a period as CSV, XLSX or PNG charts. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write the statistics of a period as CSV (UTF-8 with BOM), XLSX (a sheet per breakdown) or PNG"
        + " bar charts (persons by citizenship, inquiries by topic).")
final class StatsExportCommand implements Callable<Integer> {
  @Mixin DataOption data;
  @Mixin PeriodOptions period;
  @Mixin LanguageOption language;
  @Spec CommandSpec spec;

  @Option(names = "--format", required = true, paramLabel = "csv|xlsx|png", converter = FormatConverter.class,
      description = "File format")
  ExportFormat format;

  @Option(names = "--out", required = true, paramLabel = "FILE_OR_DIR",
      description = "The file to write (csv, xlsx; an existing directory gets stats-PERIOD.EXT) or the directory"
          + " for the charts (png)")
  Path out;

  @Option(names = "--separator", paramLabel = "CHAR", defaultValue = ",",
      description = "CSV separator: , or ; (Excel in az/ru locales expects ;) (default: ${DEFAULT-VALUE})")
  String separator;

  @Override
  public Integer call() {
    if (!separator.equals(",") && !separator.equals(";")) {
      throw new ParameterException(spec.commandLine(), "--separator is , or ;, not " + separator);
    }
    try (Database database = data.openExisting()) {
      StatsService service = StatsCommand.service(database, period, separator.charAt(0));
      StatsReport report = service.report(period.resolve(Optional.empty()));
      List<Path> files = service.export(report, format, language.language(), out);
      PrintWriter writer = spec.commandLine().getOut();
      files.forEach(file -> writer.println(file));
      writer.flush();
      return ExitCode.OK;
    }
  }

  static final class FormatConverter implements ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
      return ExportFormat.parse(value)
          .orElseThrow(() -> new TypeConversionException("'" + value + "' is not csv, xlsx or png"));
    }
  }
}
