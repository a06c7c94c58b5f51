package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The media parts of users' messages (photo sizes, sticker, voice, document), with file ids the fake knows. */
final class IncomingMedia {

  void photo(ObjectNode m, String caption, FileStore files) {
    FileStore.StoredFile original = files.synthetic("photos", "photo.jpg", "image/jpeg", 120_000);
    m.set("photo", PhotoSizes.of(files, original));
    caption(m, caption);
  }

  void sticker(ObjectNode m, FileStore files) {
    FileStore.StoredFile file = files.synthetic("stickers", "sticker.webp", "image/webp", 24_000);
    m.putObject("sticker")
        .put("file_id", file.fileId())
        .put("file_unique_id", file.uniqueId())
        .put("type", "regular")
        .put("width", 512)
        .put("height", 512)
        .put("is_animated", false)
        .put("is_video", false)
        .put("emoji", "\uD83D\uDE00")
        .put("set_name", "FakeStickers")
        .put("file_size", file.size());
  }

  void voice(ObjectNode m, int seconds, FileStore files) {
    FileStore.StoredFile file = files.synthetic("voice", "voice.oga", "audio/ogg", 2_000L * seconds);
    m.putObject("voice")
        .put("file_id", file.fileId())
        .put("file_unique_id", file.uniqueId())
        .put("duration", seconds)
        .put("mime_type", "audio/ogg")
        .put("file_size", file.size());
  }

  void document(ObjectNode m, String fileName, String caption, FileStore files) {
    FileStore.StoredFile file = files.synthetic("documents", fileName, "application/octet-stream", 48_000);
    m.putObject("document")
        .put("file_name", fileName)
        .put("mime_type", file.mimeType())
        .put("file_id", file.fileId())
        .put("file_unique_id", file.uniqueId())
        .put("file_size", file.size());
    caption(m, caption);
  }

  private static void caption(ObjectNode m, String caption) {
    if (!caption.isEmpty()) {
      m.put("caption", caption);
    }
  }
}
