package az.council.helpdesk.triage;

import java.text.Normalizer;

/** Cleans a raw chat message before anything reads it. */
public final class QuestionText {
  /** Search looks at the first part of very long messages; urgency rules read more of them. */
  public static final int SEARCH_CHARS = 600;
  public static final int URGENCY_CHARS = 4000;

  private QuestionText() {}

  /**
   * NFKC (fullwidth and compatibility forms), zero-width, bidi and control characters removed, lone
   * surrogates dropped, whitespace collapsed.
   */
  public static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String limited = raw.length() > URGENCY_CHARS ? raw.substring(0, URGENCY_CHARS) : raw;
    StringBuilder out = new StringBuilder(limited.length());
    for (int i = 0; i < limited.length(); i++) {
      char c = limited.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < limited.length() && Character.isLowSurrogate(limited.charAt(i + 1))) {
          out.append(c).append(limited.charAt(++i));
        }
        continue;
      }
      int type = Character.getType(c);
      if (type == Character.FORMAT || (type == Character.CONTROL && !Character.isWhitespace(c))) {
        continue;
      }
      out.append(Character.isWhitespace(c) ? ' ' : c);
    }
    return Normalizer.normalize(out, Normalizer.Form.NFKC).replaceAll(" {2,}", " ").strip();
  }
}
