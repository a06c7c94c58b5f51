package az.council.helpdesk.triage;

/**
 * Text written mostly in a script the bot cannot read: Georgian, Persian or Arabic, Armenian, Chinese … The
 * Council's visitors come from Georgia and Iran too, and such a message used to get "I only help with
 * migration", which is wrong and tells the person nothing. Latin and Cyrillic are read (Azerbaijani, Russian,
 * English, and Turkish or Ukrainian as the closest of them); digits, emoji and punctuation do not count.
 */
public final class ForeignScript {
  /** Fewer letters than this are too little to judge ("ok 👍", a name). */
  private static final int MIN_LETTERS = 3;

  private ForeignScript() {}

  /** Whether most of the letters are in scripts other than Latin and Cyrillic. */
  public static boolean dominates(String text) {
    int readable = 0;
    int foreign = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetter(c)) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.CYRILLIC) {
        readable++;
      } else {
        foreign++;
      }
    }
    return foreign >= MIN_LETTERS && foreign > readable;
  }
}
