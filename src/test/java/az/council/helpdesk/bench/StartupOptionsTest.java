package az.council.helpdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The start-up figures in the README hold only while the benchmark, the README and the image start the JVM alike. */
final class StartupOptionsTest {
  @Test
  void readmeRunCommand_usesTheBenchmarksJvmOptions() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    String options = String.join(" ", StartupBenchmark.JVM_OPTIONS).replace("{data}", "data");
    assertThat(readme).contains("java " + options + " -jar target/migrant-helpdesk.jar run");
  }

  @Test
  void dockerEntrypoint_usesTheBenchmarksJvmOptions() throws Exception {
    String entrypoint = Files.readString(Path.of("Dockerfile")).replace("\\\n", " ").lines()
        .filter(l -> l.startsWith("ENTRYPOINT")).findFirst().orElseThrow();
    for (String option : StartupBenchmark.JVM_OPTIONS) {
      assertThat(entrypoint).contains("\"" + option.replace("{data}", "/data") + "\"");
    }
  }
}
