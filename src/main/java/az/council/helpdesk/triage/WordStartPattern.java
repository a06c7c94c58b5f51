package az.council.helpdesk.triage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A long alternation of phrases that must start at the beginning of a word, matched the way {@code
 * Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")").find()} would, but several times faster: the top-level
 * alternatives are grouped by the two characters they can start with, so at each word start only the few that
 * can match there are tried, and most word starts try none. java.util.regex tries every alternative at every
 * word start, which made the urgency rules a quarter of a question's time; grouping by the first letter alone
 * still left a third of that.
 *
 * <p>An alternative whose start cannot be read off simply (a quantified group, an escape other than {@code \b})
 * is grouped by the part of its start that can be read (one character or none: then it is tried everywhere), so
 * the grouping never changes what matches; a test runs both forms over the dev set and generated text.
 */
final class WordStartPattern {
  /** How many leading characters the alternatives are grouped by (a first and a second {@link Level}). */
  private static final int PREFIX = 2;

  /** Latin, Cyrillic and their accented letters: looked up in an array, the rest in a map. */
  private static final int TABLE_SIZE = 0x0530;

  private static final int NONE = -1;

  /**
   * What to try after one first character: the pattern for each second character that some alternatives
   * start with, else {@code fallback} (the alternatives known by their first character only, and those tried
   * everywhere). The second characters of one first character lie close together (one script), so they are
   * read from an array spanning them.
   */
  private record Level(char lowest, int[] bySecond, int fallback) {
    static Level of(Map<Character, Integer> indexBySecond, int fallback) {
      if (indexBySecond.isEmpty()) {
        return new Level('\0', new int[0], fallback);
      }
      char lowest = java.util.Collections.min(indexBySecond.keySet());
      char highest = java.util.Collections.max(indexBySecond.keySet());
      int[] bySecond = new int[highest - lowest + 1];
      java.util.Arrays.fill(bySecond, fallback);
      indexBySecond.forEach((second, index) -> bySecond[second - lowest] = index);
      return new Level(lowest, bySecond, fallback);
    }

    int index(String text, int at) {
      if (at + 1 < text.length()) {
        int i = text.charAt(at + 1) - lowest;
        if (i >= 0 && i < bySecond.length) {
          return bySecond[i];
        }
      }
      return fallback;
    }
  }

  /** The distinct patterns; the levels hold indexes into it (or {@link #NONE}). */
  private final Pattern[] patterns;
  /** Per pattern, the literal starts one of its alternatives needs ({@link #guards(String)}), or null. */
  private final String[][] guards;
  private final Level[] table = new Level[TABLE_SIZE];
  private final Map<Character, Level> beyondTable;
  private final Level anywhere;

  private WordStartPattern(Pattern[] patterns, String[][] guards, Map<Character, Level> byFirst, Level anywhere) {
    this.patterns = patterns;
    this.guards = guards;
    this.anywhere = anywhere;
    Map<Character, Level> beyond = new HashMap<>();
    byFirst.forEach((c, level) -> {
      if (c < TABLE_SIZE) {
        table[c] = level;
      } else {
        beyond.put(c, level);
      }
    });
    this.beyondTable = Map.copyOf(beyond);
  }

  static WordStartPattern compile(String regex) {
    Map<String, List<String>> byPrefix = new TreeMap<>();
    List<String> unknown = new ArrayList<>();
    List<String> inOrder = Alternatives.split(regex);
    for (String alternative : inOrder) {
      Set<String> prefixes = Alternatives.prefixes(alternative, PREFIX);
      if (prefixes.contains("")) {
        unknown.add(alternative);
      } else {
        prefixes.forEach(p -> byPrefix.computeIfAbsent(p, k -> new ArrayList<>()).add(alternative));
      }
    }
    Map<String, Integer> indexBySource = new LinkedHashMap<>();
    java.util.function.Function<List<String>, Integer> indexOf = alternatives -> alternatives.isEmpty() ? NONE
        : indexBySource.computeIfAbsent("(?:" + String.join("|", inExpressionOrder(alternatives, inOrder)) + ")",
            source -> indexBySource.size());
    Map<Character, Level> byFirst = new HashMap<>();
    Set<Character> firsts = new TreeSet<>();
    byPrefix.keySet().forEach(p -> firsts.add(p.charAt(0)));
    for (char first : firsts) {
      // Known by their first letter only, or not at all: these may match after any second letter.
      List<String> byFirstOnly = new ArrayList<>(byPrefix.getOrDefault(String.valueOf(first), List.of()));
      byFirstOnly.addAll(unknown);
      Map<Character, Integer> bySecond = new TreeMap<>();
      byPrefix.forEach((prefix, alternatives) -> {
        if (prefix.length() == PREFIX && prefix.charAt(0) == first) {
          List<String> all = new ArrayList<>(alternatives);
          all.addAll(byFirstOnly);
          bySecond.put(prefix.charAt(1), indexOf.apply(all));
        }
      });
      byFirst.put(first, Level.of(bySecond, indexOf.apply(byFirstOnly)));
    }
    Level anywhere = unknown.isEmpty() ? null : Level.of(Map.of(), indexOf.apply(unknown));
    Pattern[] patterns = indexBySource.keySet().stream().map(Pattern::compile).toArray(Pattern[]::new);
    String[][] guards = indexBySource.keySet().stream().map(WordStartPattern::guards).toArray(String[][]::new);
    return new WordStartPattern(patterns, guards, byFirst, anywhere);
  }

  /** Longest literal start a guard checks, and how many of them are still cheaper than the regex. */
  private static final int GUARD = 5;
  private static final int MAX_GUARDS = 12;

  /**
   * The literal starts one of a group's alternatives must have ("meni ", "polis"), or null when they are too
   * many or unknown. Most word starts that reach a group are rejected by these few {@code startsWith} checks
   * before the regex runs: two letters in common ("me", "po") rarely mean a match.
   */
  private static String[] guards(String groupSource) {
    String inner = groupSource.substring(3, groupSource.length() - 1); // "(?:" … ")"
    Set<String> starts = new TreeSet<>();
    for (String alternative : Alternatives.split(inner)) {
      starts.addAll(Alternatives.prefixes(alternative, GUARD));
      if (starts.contains("") || starts.size() > MAX_GUARDS) {
        return null;
      }
    }
    return starts.toArray(String[]::new);
  }

  /** Whether an alternative of group {@code index} can start at {@code at}. */
  private boolean mayStart(int index, String text, int at) {
    String[] starts = guards[index];
    if (starts == null) {
      return true;
    }
    for (String start : starts) {
      if (text.startsWith(start, at)) {
        return true;
      }
    }
    return false;
  }

  /** The distinct alternatives in the order they have in the expression (which one wins decides a match's end). */
  private static List<String> inExpressionOrder(List<String> alternatives, List<String> inOrder) {
    Set<String> wanted = new java.util.HashSet<>(alternatives);
    return inOrder.stream().filter(wanted::contains).distinct().toList();
  }

  /** Whether some alternative matches starting at a word start of {@code text}. */
  boolean find(String text) {
    return find(ScannedText.of(text));
  }

  /**
   * Whether some alternative matches in one of the text's normalised views (lower case, Azerbaijani-folded,
   * Cyrillic read as Azerbaijani: {@link UrgencyDetector#views}), as the urgency rules read it.
   */
  boolean findInAnyView(String text) {
    return UrgencyDetector.views(text).stream().anyMatch(this::find);
  }

  boolean find(ScannedText scanned) {
    String text = scanned.text();
    Matchers matchers = null;
    for (int at : scanned.wordStarts()) {
      int index = indexAt(text, at);
      if (index != NONE && mayStart(index, text, at)) {
        matchers = matchers != null ? matchers : MATCHERS.get();
        if (matchers.at(this, index, text, at).lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The text with each match replaced, as {@code Pattern.replaceAll} would with the word-start look-behind: the
   * leftmost match first, and of the alternatives matching there the first in the expression's order (the
   * groups keep that order), then on from its end. Used for clauses, which are never empty.
   */
  String replaceAll(ScannedText scanned, String replacement) {
    String text = scanned.text();
    StringBuilder out = null;
    int copied = 0;
    for (int at : scanned.wordStarts()) {
      int index = at < copied ? NONE : indexAt(text, at);
      if (index == NONE || !mayStart(index, text, at)) {
        continue;
      }
      Matcher m = MATCHERS.get().at(this, index, text, at);
      if (m.lookingAt() && m.end() > at) {
        out = out != null ? out : new StringBuilder(text.length());
        out.append(text, copied, at).append(replacement);
        copied = m.end();
      }
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /** The pattern of the alternatives that can start at {@code at}, or {@link #NONE}. */
  private int indexAt(String text, int at) {
    char first = text.charAt(at);
    Level level = first < TABLE_SIZE ? table[first] : beyondTable.get(first);
    if (level == null) {
      level = anywhere;
    }
    return level == null ? NONE : level.index(text, at);
  }

  /**
   * Matchers kept per thread and reused: with the alternatives grouped by two letters nearly every word start
   * asks for a different pattern, and a new {@link Matcher} for each cost more than the matching it saved.
   */
  private static final ThreadLocal<Matchers> MATCHERS = ThreadLocal.withInitial(Matchers::new);

  private static final class Matchers {
    private final Map<Pattern, Matcher> byPattern = new java.util.IdentityHashMap<>();

    Matcher at(WordStartPattern owner, int index, String text, int at) {
      Pattern pattern = owner.patterns[index];
      Matcher m = byPattern.get(pattern);
      if (m == null) {
        m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        byPattern.put(pattern, m);
      } else {
        m.reset(text);
      }
      return m.region(at, text.length());
    }
  }

  /** Splitting a regular expression into its top-level alternatives and reading the literal text they start with. */
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

    /** More literal starts than this and an alternative is grouped by fewer characters. */
    private static final int MAX_EXPANSIONS = 256;

    /**
     * Strings that every match of {@code alternative} starts with, each at most {@code length} long and shorter
     * where the rest cannot be read off simply (then "" means: can start with anything).
     */
    static Set<String> prefixes(String alternative, int length) {
      String rest = alternative.startsWith("\\b") ? alternative.substring(2) : alternative;
      Expansion e = expand(rest, length);
      Set<String> all = new TreeSet<>(e.complete());
      all.addAll(e.started());
      return all;
    }

    /**
     * The literal texts a sequence can match in full ({@code complete}, only while shorter than the limit) and
     * the prefixes of its other matches ({@code started}).
     */
    private record Expansion(Set<String> complete, Set<String> started) {}

    private static Expansion expand(String sequence, int length) {
      Set<String> open = new TreeSet<>(Set.of(""));
      Set<String> started = new TreeSet<>();
      int at = 0;
      while (at < sequence.length() && !open.isEmpty()) {
        char c = sequence.charAt(at);
        Expansion atom = null;
        int next = at + 1;
        if (c == '(') {
          int end = closing(sequence.substring(at));
          next = end < 0 ? sequence.length() : at + end + 1;
          String inner = end < 0 ? "?" : sequence.substring(at + 1, at + end);
          inner = inner.startsWith("?:") ? inner.substring(2) : inner;
          if (!inner.startsWith("?")) { // not a lookaround or flags
            Set<String> complete = new TreeSet<>();
            Set<String> partial = new TreeSet<>();
            for (String part : split(inner)) {
              Expansion e = expand(part, length);
              complete.addAll(e.complete());
              partial.addAll(e.started());
            }
            atom = new Expansion(complete, partial);
          }
        } else if (c == '[') {
          int end = sequence.indexOf(']', at);
          String members = end < 0 ? "" : sequence.substring(at + 1, end);
          next = end < 0 ? sequence.length() : end + 1;
          Set<String> chars = classMembers(members);
          if (chars != null) {
            atom = new Expansion(chars, Set.of());
          }
        } else if (c == '\\') {
          next = at + 2;
          if (at + 1 < sequence.length() && !Character.isLetterOrDigit(sequence.charAt(at + 1))) {
            atom = new Expansion(Set.of(String.valueOf(sequence.charAt(at + 1))), Set.of());
          } else if (at + 1 < sequence.length() && sequence.charAt(at + 1) == 'd') {
            atom = new Expansion(classMembers("0-9"), Set.of());
          }
        } else if ("\\.^$?*+{|)".indexOf(c) < 0) {
          atom = new Expansion(Set.of(String.valueOf(c)), Set.of());
        }
        char quantifier = next < sequence.length() ? sequence.charAt(next) : 0;
        boolean lazyOrPossessive = next + 1 < sequence.length() && "?+".indexOf(sequence.charAt(next + 1)) >= 0;
        // "(the )?pills" starts with "th" or "pi"; "\\d+ days" with a digit, and nothing more is known.
        boolean optional = quantifier == '?' && !lazyOrPossessive;
        boolean repeated = quantifier == '+' && !lazyOrPossessive;
        if (atom == null || "?*+{".indexOf(quantifier) >= 0 && quantifier != 0 && !optional && !repeated) {
          started.addAll(open);
          open.clear();
          break;
        }
        Set<String> grown = new TreeSet<>();
        for (String o : open) {
          atom.started().forEach(x -> started.add(cut(o + x, length)));
          for (String x : atom.complete()) {
            String t = o + x;
            if (repeated || t.length() >= length) {
              started.add(cut(t, length));
            } else {
              grown.add(t);
            }
          }
          if (optional) {
            grown.add(o);
          }
        }
        open = grown;
        at = optional || repeated ? next + 1 : next;
        if (repeated) {
          break;
        }
        if (open.size() + started.size() > MAX_EXPANSIONS) {
          Set<String> shorter = new TreeSet<>();
          open.forEach(o -> shorter.add(cut(o, 1)));
          started.forEach(o -> shorter.add(cut(o, 1)));
          return new Expansion(Set.of(), shorter);
        }
      }
      return new Expansion(open, started);
    }

    /** The characters of a simple class such as "её" or "1-9", or null for anything else (negation, escapes). */
    private static Set<String> classMembers(String members) {
      if (members.isEmpty() || members.startsWith("^") || members.contains("\\")) {
        return null;
      }
      Set<String> chars = new TreeSet<>();
      for (int i = 0; i < members.length(); i++) {
        char c = members.charAt(i);
        if (i + 2 < members.length() && members.charAt(i + 1) == '-') {
          char last = members.charAt(i + 2);
          if (last < c || last - c > 40) {
            return null;
          }
          for (char r = c; r <= last; r++) {
            chars.add(String.valueOf(r));
          }
          i += 2;
        } else if (c == '-') {
          return null;
        } else {
          chars.add(String.valueOf(c));
        }
      }
      return chars;
    }

    private static String cut(String s, int length) {
      return s.length() > length ? s.substring(0, length) : s;
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
  }
}
