package az.council.helpdesk.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PseudonymsTest {
  private static final long USER = 123_456_789L;

  @TempDir Path data;

  @Test
  void of_sameKeyFileAfterRestart_givesTheSameReference() {
    String first = Pseudonyms.inDirectory(data).of(USER);
    String afterRestart = Pseudonyms.inDirectory(data).of(USER);

    assertThat(afterRestart).isEqualTo(first);
  }

  @Test
  void of_isNeitherTheIdNorItsPlainHash() throws Exception {
    String reference = Pseudonyms.inDirectory(data).of(USER);
    String plainHash = HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(Long.toString(USER).getBytes(StandardCharsets.UTF_8)));

    assertThat(reference).hasSize(64).matches("[0-9a-f]+").doesNotContain(Long.toString(USER)).isNotEqualTo(plainHash);
  }

  @Test
  void of_differentUsers_differentReferences() {
    Pseudonyms pseudonyms = Pseudonyms.inDirectory(data);

    assertThat(pseudonyms.of(USER)).isNotEqualTo(pseudonyms.of(USER + 1));
  }

  @Test
  void of_anotherInstallation_cannotLinkTheSamePerson(@TempDir Path elsewhere) {
    assertThat(Pseudonyms.inDirectory(elsewhere).of(USER)).isNotEqualTo(Pseudonyms.inDirectory(data).of(USER));
  }

  @Test
  void inDirectory_firstStart_createsAnOwnerOnlyKeyFile() throws Exception {
    Pseudonyms.inDirectory(data);
    Path key = data.resolve(Pseudonyms.KEY_FILE);

    assertThat(key).isRegularFile();
    if (Files.getFileStore(key).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }
    assertThat(Files.list(data)).containsExactly(key);
  }

  @Test
  void inDirectory_keyReadableByOthers_isRestrictedToItsOwner() throws Exception {
    Pseudonyms.inDirectory(data);
    Path key = data.resolve(Pseudonyms.KEY_FILE);
    if (!Files.getFileStore(key).supportsFileAttributeView("posix")) {
      return;
    }
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));

    Pseudonyms.inDirectory(data);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
  }

  @Test
  void inDirectory_damagedKey_failsWithASentence() throws Exception {
    Files.writeString(data.resolve(Pseudonyms.KEY_FILE), "c2hvcnQ=\n");

    assertThatThrownBy(() -> Pseudonyms.inDirectory(data))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("expected 32")
        .hasMessageContaining("restore it from a backup");
  }

  @Test
  void random_isFreshEveryTime() {
    Pseudonyms pseudonyms = Pseudonyms.inDirectory(data);

    assertThat(pseudonyms.random()).hasSize(64).isNotEqualTo(pseudonyms.random());
  }
}
