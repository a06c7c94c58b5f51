package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The {@code photo} array of a message: Telegram stores a photo in several sizes, smallest first, each with its own
 * file id; the largest is the one that was sent. The fake does not decode images, so the dimensions are nominal.
 */
final class PhotoSizes {
  private static final int[] SIDES = {90, 320, 800};

  private PhotoSizes() {}

  static ArrayNode of(FileStore files, FileStore.StoredFile original) {
    ArrayNode sizes = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < SIDES.length; i++) {
      boolean largest = i == SIDES.length - 1;
      FileStore.StoredFile file = largest ? original
          : files.synthetic("photos", "photo_" + SIDES[i] + ".jpg", "image/jpeg", Math.max(1, original.size() / (4 - i)));
      sizes.addObject()
          .put("file_id", file.fileId())
          .put("file_unique_id", file.uniqueId())
          .put("file_size", file.size())
          .put("width", SIDES[i])
          .put("height", SIDES[i] * 3 / 4);
    }
    return sizes;
  }
}
