package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Files known to the fake by {@code file_id}: uploaded by the bot or attached to incoming messages. Bytes are kept
 * up to {@code maxBytes} in total (oldest dropped first; the metadata stays, up to 100,000 files), so uploads
 * cannot exhaust memory.
 */
final class FileStore {
  record StoredFile(String fileId, String uniqueId, String path, String fileName, String mimeType, long size,
      Optional<byte[]> bytes) {}

  private static final int MAX_FILES = 100_000;

  private final Map<String, StoredFile> byId = new LinkedHashMap<>(16, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, StoredFile> eldest) {
      if (size() <= MAX_FILES) {
        return false;
      }
      byPath.remove(eldest.getValue().path());
      eldest.getValue().bytes().ifPresent(b -> heldBytes -= b.length);
      return true;
    }
  };
  private final Map<String, StoredFile> byPath = new HashMap<>();
  private final Deque<String> withBytes = new ArrayDeque<>();
  private final long maxBytes;
  private long heldBytes;
  private long counter;

  FileStore(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  StoredFile upload(String folder, UploadedFile upload) {
    StoredFile file = create(folder, upload.fileName(), upload.contentType(), upload.size(), Optional.of(upload.bytes()));
    heldBytes += upload.size();
    withBytes.addLast(file.fileId());
    while (heldBytes > maxBytes && !withBytes.isEmpty()) {
      StoredFile old = byId.get(withBytes.removeFirst());
      if (old == null || old.bytes().isEmpty()) {
        continue; // evicted with its metadata already
      }
      heldBytes -= old.size();
      put(new StoredFile(old.fileId(), old.uniqueId(), old.path(), old.fileName(), old.mimeType(), old.size(),
          Optional.empty()));
    }
    return file;
  }

  /** A file Telegram would hold for a user's message (no bytes: tests only need its id). */
  StoredFile synthetic(String folder, String fileName, String mimeType, long size) {
    return create(folder, fileName, mimeType, size, Optional.empty());
  }

  Optional<StoredFile> byId(String fileId) {
    return Optional.ofNullable(byId.get(fileId));
  }

  Optional<StoredFile> byPath(String path) {
    return Optional.ofNullable(byPath.get(path));
  }

  /** The Bot API {@code File} object returned by {@code getFile}. */
  static ObjectNode fileJson(StoredFile file) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("file_id", file.fileId());
    json.put("file_unique_id", file.uniqueId());
    json.put("file_size", file.size());
    json.put("file_path", file.path());
    return json;
  }

  private StoredFile create(String folder, String fileName, String mimeType, long size, Optional<byte[]> bytes) {
    long n = ++counter;
    String id = "BQACAgIAAxkBAAI" + encode(n * 7919 + 104729) + "AAE" + encode(n);
    String unique = "AgAD" + encode(n * 31 + 7);
    String extension = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.')) : "";
    StoredFile file = new StoredFile(id, unique, folder + "/file_" + n + extension, fileName, mimeType, size, bytes);
    put(file);
    return file;
  }

  private void put(StoredFile file) {
    byId.put(file.fileId(), file);
    byPath.put(file.path(), file);
  }

  private static String encode(long n) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Long.toString(n, 36).getBytes(
        java.nio.charset.StandardCharsets.US_ASCII));
  }
}
