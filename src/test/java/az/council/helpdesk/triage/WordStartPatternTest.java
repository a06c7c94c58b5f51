package az.council.helpdesk.triage;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.eval.EvalQuestion;
import az.council.helpdesk.eval.EvalSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The first-letter dispatch must match exactly what the plain word-start regular expression matches. */
final class WordStartPatternTest {
  private static final List<String> SOURCES = sources();
  private static final List<WordStartPattern> FAST = SOURCES.stream().map(WordStartPattern::compile).toList();
  private static final List<Pattern> PLAIN =
      SOURCES.stream().map(s -> Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + s + ")")).toList();

  private static List<String> sources() {
    List<String> all = new ArrayList<>(UrgencyDetector.sources());
    all.add(DistressCues.SOURCE);
    return all;
  }

  @Test
  void everyDevQuestion_matchesExactlyAsThePlainRegex() {
    List<EvalQuestion> questions = EvalSet.read(Path.of("src/test/resources/eval/questions.jsonl"));
    int matched = 0;
    for (EvalQuestion q : questions) {
      for (String view : UrgencyDetector.views(q.text())) {
        for (int i = 0; i < SOURCES.size(); i++) {
          boolean plain = PLAIN.get(i).matcher(view).find();
          assertThat(FAST.get(i).find(view)).as("rule %d on %s", i, view).isEqualTo(plain);
          matched += plain ? 1 : 0;
        }
      }
    }
    assertThat(matched).as("the set exercises the rules").isGreaterThan(100);
  }

  @Property(tries = 3_000)
  void generatedText_matchesExactlyAsThePlainRegex(@ForAll("texts") String text) {
    for (String view : UrgencyDetector.views(text)) {
      for (int i = 0; i < SOURCES.size(); i++) {
        assertThat(FAST.get(i).find(view)).as("rule %d on %s", i, view).isEqualTo(PLAIN.get(i).matcher(view).find());
      }
    }
  }

  /** Words cut from the rules themselves, glued with separators and noise, so near-misses are common. */
  @Provide
  Arbitrary<String> texts() {
    List<String> words = SOURCES.stream().flatMap(s -> Pattern.compile("[^\\p{L}' ]+").splitAsStream(s))
        .map(String::strip).filter(w -> !w.isEmpty()).distinct().toList();
    Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(words),
        Arbitraries.of(words).map(w -> w.substring(0, Math.max(1, w.length() / 2))),
        Arbitraries.strings().ofMaxLength(6));
    Arbitrary<String> separator = Arbitraries.of(" ", "  ", ", ", "-", "1", "²", "é", "\uD83D\uDE00", "\n", "'", "ё");
    return net.jqwik.api.Combinators.combine(word.list().ofMaxSize(8), separator.list().ofMaxSize(8))
        .as((ws, seps) -> {
          StringBuilder out = new StringBuilder();
          for (int i = 0; i < ws.size(); i++) {
            out.append(ws.get(i)).append(seps.isEmpty() ? " " : seps.get(i % seps.size()));
          }
          return out.toString();
        });
  }

  @Test
  void firstCharacters_readLiteralsClassesAndGroups_andGiveUpOnQuantifiedStarts() {
    assertThat(WordStartPattern.Alternatives.firstCharacters("detain")).containsExactly('d');
    assertThat(WordStartPattern.Alternatives.firstCharacters("[её]ж")).containsExactlyInAnyOrder('е', 'ё');
    assertThat(WordStartPattern.Alternatives.firstCharacters("\\b(beats?|hits?) (me|us)"))
        .containsExactlyInAnyOrder('b', 'h');
    assertThat(WordStartPattern.Alternatives.firstCharacters("(a )?b")).containsExactly('\0');
    assertThat(WordStartPattern.Alternatives.firstCharacters("x?y")).containsExactly('\0');
    assertThat(WordStartPattern.Alternatives.firstCharacters("\\S*z")).containsExactly('\0');
    assertThat(WordStartPattern.Alternatives.split("a|(b|c)|[|]|d\\|e")).containsExactly("a", "(b|c)", "[|]", "d\\|e");
  }
}
