package az.council.helpdesk.cli;

import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.stats.MemberLog;
import az.council.helpdesk.stats.OfflineCsv;
import az.council.helpdesk.stats.SqliteMemberLog;
import az.council.helpdesk.stats.StatsLabels;
import az.council.helpdesk.store.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stats import}: consultations given in person or by phone, from the secretary's CSV. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Add offline consultations from a CSV with the columns date,citizenship,topic,outcome (UTF-8;"
        + " , or ; separated). All rows or none; the same file is never imported twice.")
final class StatsImportCommand implements Callable<Integer> {
  @Mixin DataOption data;
  @Spec CommandSpec spec;

  @Option(names = "--csv", required = true, paramLabel = "FILE", description = "The CSV file")
  Path csv;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Asia/Baku",
      description = "Time zone of the dates (default: ${DEFAULT-VALUE})")
  ZoneId zone;

  @Override
  public Integer call() throws IOException {
    byte[] bytes = read();
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new UserFacingException(ExitCode.PROBLEMS, csv + " is not UTF-8; save it as \"CSV UTF-8\" and try again");
    }
    OfflineCsv.Result result = new OfflineCsv(new StatsLabels(new Messages()), zone).read(text);
    PrintWriter out = spec.commandLine().getOut();
    return switch (result) {
      case OfflineCsv.Result.Problems problems -> {
        problems.problems().forEach(problem -> spec.commandLine().getErr().println(csv.getFileName() + ": " + problem));
        spec.commandLine().getErr().println("Nothing imported.");
        yield ExitCode.PROBLEMS;
      }
      case OfflineCsv.Result.Read read -> {
        try (Database database = data.open()) {
          MemberLog log = new SqliteMemberLog(database, Clock.systemUTC());
          switch (log.importOffline(read.consultations(), sha256(bytes), csv.getFileName().toString())) {
            case MemberLog.ImportResult.Imported imported -> out.printf("Imported %d offline consultations.%n", imported.count());
            case MemberLog.ImportResult.AlreadyImported already ->
                throw new UserFacingException(ExitCode.PROBLEMS, "This file was already imported (as "
                    + already.fileName() + ", " + already.at() + "); nothing imported.");
          }
        }
        out.flush();
        yield ExitCode.OK;
      }
    };
  }

  private byte[] read() throws IOException {
    try {
      return Files.readAllBytes(csv);
    } catch (NoSuchFileException e) {
      throw new UserFacingException(ExitCode.USAGE, "No such file: " + csv.toAbsolutePath());
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
