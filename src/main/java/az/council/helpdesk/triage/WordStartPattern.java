package az.council.helpdesk.triage;

import az.council.helpdesk.search.Scripts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A long alternation of phrases that must start at the beginning of a word, matched the way {@code
 * Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")").find()} would, but several times faster: the top-level
 * alternatives are grouped by the characters they can start with, so at each word start only the few that
 * can match there are tried. java.util.regex tries every alternative at every word start, which made the
 * urgency rules a quarter of a question's time.
 *
 * <p>An alternative whose first character cannot be read off simply (it starts with a quantified group or an
 * escape other than {@code \b}) is tried everywhere, so the grouping never changes what matches; a test runs
 * both forms over the dev set and generated text.
 */
final class WordStartPattern {
  private static final char ANY = '\0';

  /** Latin, Cyrillic and their accented letters: looked up in an array, the rest in the map. */
  private static final int TABLE_SIZE = 0x0530;

  /** Whether each character of the table's range is a letter or number, so a word start is one array read. */
  private static final boolean[] WORD_CHARACTER = new boolean[TABLE_SIZE];

  static {
    for (int c = 0; c < TABLE_SIZE; c++) {
      WORD_CHARACTER[c] = Scripts.isLetterOrNumber(c);
    }
  }

  private static final int NONE = -1;

  /** The distinct patterns; the table, the map and {@code anywhere} hold indexes into it (or {@link #NONE}). */
  private final Pattern[] patterns;
  private final Map<Character, Integer> byFirst;
  private final int[] table = new int[TABLE_SIZE];
  private final int anywhere;

  private WordStartPattern(Map<Character, Pattern> byFirst, Pattern anywhere) {
    List<Pattern> distinct = new ArrayList<>(new LinkedHashSet<>(byFirst.values()));
    if (anywhere != null) {
      distinct.add(anywhere);
    }
    this.patterns = distinct.toArray(Pattern[]::new);
    this.anywhere = anywhere == null ? NONE : distinct.size() - 1;
    Map<Character, Integer> indexes = new HashMap<>();
    byFirst.forEach((c, pattern) -> indexes.put(c, distinct.indexOf(pattern)));
    this.byFirst = Map.copyOf(indexes);
    for (int c = 0; c < TABLE_SIZE; c++) {
      table[c] = this.byFirst.getOrDefault((char) c, this.anywhere);
    }
  }

  static WordStartPattern compile(String regex) {
    Map<Character, List<String>> grouped = new HashMap<>();
    List<String> unknown = new ArrayList<>();
    for (String alternative : Alternatives.split(regex)) {
      Set<Character> first = Alternatives.firstCharacters(alternative);
      if (first.contains(ANY)) {
        unknown.add(alternative);
      } else {
        first.forEach(c -> grouped.computeIfAbsent(c, k -> new ArrayList<>()).add(alternative));
      }
    }
    Map<Character, Pattern> byFirst = new HashMap<>();
    grouped.forEach((c, alternatives) -> {
      List<String> all = new ArrayList<>(alternatives);
      all.addAll(unknown);
      byFirst.put(c, Pattern.compile("(?:" + String.join("|", all) + ")"));
    });
    Pattern anywhere = unknown.isEmpty() ? null : Pattern.compile("(?:" + String.join("|", unknown) + ")");
    return new WordStartPattern(Map.copyOf(byFirst), anywhere);
  }

  /** Whether some alternative matches starting at a word start of {@code text}. */
  boolean find(String text) {
    Matcher[] matchers = null;
    int length = text.length();
    for (int at = 0; at < length; at++) {
      if (at > 0 && wordCharacterBefore(text, at)) {
        continue;
      }
      char first = text.charAt(at);
      int index = first < TABLE_SIZE ? table[first] : byFirst.getOrDefault(first, anywhere);
      if (index == NONE) {
        continue;
      }
      if (matchers == null) {
        matchers = new Matcher[patterns.length];
      }
      Matcher m = matchers[index];
      if (m == null) {
        m = matchers[index] = patterns[index].matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      }
      if (m.region(at, length).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** {@code \p{L}} or {@code \p{N}} before {@code at}, as the look-behind this replaces reads it. */
  private static boolean wordCharacterBefore(String text, int at) {
    char before = text.charAt(at - 1);
    return before < TABLE_SIZE ? WORD_CHARACTER[before] : Scripts.isLetterOrNumber(text.codePointBefore(at));
  }

  /** Splitting a regular expression into its top-level alternatives and reading their first characters. */
  static final class Alternatives {
    private Alternatives() {}

    static List<String> split(String regex) {
      List<String> parts = new ArrayList<>();
      int depth = 0;
      boolean inClass = false;
      int start = 0;
      for (int i = 0; i < regex.length(); i++) {
        char c = regex.charAt(i);
        if (c == '\\') {
          i++;
        } else if (inClass) {
          inClass = c != ']';
        } else if (c == '[') {
          inClass = true;
        } else if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
        } else if (c == '|' && depth == 0) {
          parts.add(regex.substring(start, i));
          start = i + 1;
        }
      }
      parts.add(regex.substring(start));
      return parts;
    }

    /** The characters a match of {@code alternative} can start with, or a set holding {@code ANY}. */
    static Set<Character> firstCharacters(String alternative) {
      Set<Character> first = new TreeSet<>();
      String rest = alternative.startsWith("\\b") ? alternative.substring(2) : alternative;
      if (rest.isEmpty()) {
        first.add(ANY);
        return first;
      }
      char c = rest.charAt(0);
      int end;
      if (c == '(') {
        end = closing(rest);
        if (end < 0 || quantified(rest, end + 1)) {
          first.add(ANY);
          return first;
        }
        String inner = rest.substring(rest.startsWith("(?:") ? 3 : 1, end);
        if (inner.startsWith("?")) { // lookaround or flags: not a plain group
          first.add(ANY);
          return first;
        }
        for (String part : split(inner)) {
          first.addAll(firstCharacters(part));
        }
        return first;
      }
      if (c == '[') {
        end = rest.indexOf(']');
        String members = end < 0 ? "" : rest.substring(1, end);
        if (end < 0 || quantified(rest, end + 1) || members.isEmpty() || members.startsWith("^")
            || members.contains("\\") || members.contains("-")) {
          first.add(ANY);
          return first;
        }
        members.chars().forEach(m -> first.add((char) m));
        return first;
      }
      if ("\\.^$?*+{|)".indexOf(c) >= 0 || quantified(rest, 1)) {
        first.add(ANY);
        return first;
      }
      first.add(c);
      return first;
    }

    private static int closing(String s) {
      int depth = 0;
      boolean inClass = false;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\\') {
          i++;
        } else if (inClass) {
          inClass = c != ']';
        } else if (c == '[') {
          inClass = true;
        } else if (c == '(') {
          depth++;
        } else if (c == ')' && --depth == 0) {
          return i;
        }
      }
      return -1;
    }

    private static boolean quantified(String s, int at) {
      return at < s.length() && "?*{".indexOf(s.charAt(at)) >= 0;
    }
  }
}
