package az.council.helpdesk.conversation;

import java.util.List;

/** Inline buttons under a message, row by row. {@link #NONE} means no keyboard. */
public record Keyboard(List<List<Button>> rows) {
  public static final Keyboard NONE = new Keyboard(List.of());

  public Keyboard {
    rows = rows.stream().map(List::copyOf).filter(r -> !r.isEmpty()).toList();
  }

  /**
   * One button. Telegram limits callback data to 64 bytes, so {@code data} is a short code the conversation
   * itself decodes and validates (see the callback codec); it is never trusted.
   */
  public record Button(String label, String data) {
    public Button {
      if (data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64) {
        throw new IllegalArgumentException("callback data over 64 bytes: " + data);
      }
    }
  }

  public static Keyboard of(List<Button> oneRow) {
    return new Keyboard(List.of(oneRow));
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
