package az.council.helpdesk.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a Telegram user id into the log's person reference: HMAC-SHA256 under a secret key that is generated
 * on first start and kept in {@code pseudonym.key} in the data directory. Without the key the references
 * cannot be linked back to ids (a plain hash of a 10-digit id could be reversed by trying them all). Back the
 * key up with the database: a new key makes every returning person count as new.
 */
public final class Pseudonyms {
  public static final String KEY_FILE = "pseudonym.key";
  private static final Logger LOG = LoggerFactory.getLogger(Pseudonyms.class);
  private static final String ALGORITHM = "HmacSHA256";
  private static final int KEY_BYTES = 32;
  private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
      PosixFilePermission.OWNER_WRITE);

  private final SecretKeySpec key;
  private final SecureRandom random;

  private Pseudonyms(byte[] key, SecureRandom random) {
    this.key = new SecretKeySpec(key, ALGORITHM);
    this.random = random;
  }

  /** Loads the key from {@code dataDir/pseudonym.key}, creating it (owner-only where the OS allows) if absent. */
  public static Pseudonyms inDirectory(Path dataDir) {
    SecureRandom random = new SecureRandom();
    Path file = dataDir.resolve(KEY_FILE);
    try {
      Files.createDirectories(dataDir);
      if (Files.notExists(file)) {
        create(file, random);
      }
      return new Pseudonyms(read(file), random);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the pseudonym key " + file, e);
    }
  }

  /** The person reference for a Telegram user id: 64 hex digits. */
  public String of(long telegramUserId) {
    return hmac(ByteBuffer.allocate(Long.BYTES).putLong(telegramUserId).array());
  }

  /**
   * The key of what an inquiry answers (a message, a button press), so the log can tell a replayed update from a
   * new question without storing which chat or message it was. Prefixed so it can never equal a person reference.
   */
  public String ofOrigin(String origin) {
    return "o" + hmac(("origin:" + origin).getBytes(StandardCharsets.UTF_8));
  }

  private String hmac(byte[] data) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(data));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** A fresh reference linked to nobody (people who asked to be forgotten). */
  public String random() {
    return randomReference(random);
  }

  /** A reference linked to nobody, shaped like a pseudonym (offline consultations need no key). */
  static String randomReference(SecureRandom random) {
    byte[] bytes = new byte[KEY_BYTES];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static void create(Path file, SecureRandom random) throws IOException {
    byte[] key = new byte[KEY_BYTES];
    random.nextBytes(key);
    boolean posix = Files.getFileStore(file.getParent()).supportsFileAttributeView("posix");
    // Written to a temporary file first so a second process starting at the same moment never reads half a key.
    Path temp = posix
        ? Files.createTempFile(file.getParent(), KEY_FILE, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
        : Files.createTempFile(file.getParent(), KEY_FILE, ".tmp");
    try {
      Files.writeString(temp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
      Files.move(temp, file);
      LOG.info("Created a new pseudonym key {}; back it up together with the database", file);
    } catch (FileAlreadyExistsException raced) {
      LOG.debug("Another process created {} first", file);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static byte[] read(Path file) throws IOException {
    if (Files.getFileStore(file).supportsFileAttributeView("posix")
        && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
      LOG.warn("{} was readable by others; restricting it to its owner", file);
      Files.setPosixFilePermissions(file, OWNER_ONLY);
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(file + " is not a pseudonym key (expected Base64); restore it from a backup", e);
    }
    if (key.length != KEY_BYTES) {
      throw new IllegalStateException(file + " holds " + key.length + " bytes, expected " + KEY_BYTES
          + "; restore it from a backup");
    }
    return key;
  }
}
