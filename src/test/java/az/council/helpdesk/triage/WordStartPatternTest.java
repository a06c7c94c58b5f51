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

/** The dispatch on the first two letters must match exactly what the plain word-start regular expression matches. */
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

  private static final WordStartPattern FAST_CLAUSES = WordStartPattern.compile(UrgencyDetector.HYPOTHETICAL_SOURCE);
  private static final Pattern PLAIN_CLAUSES =
      Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + UrgencyDetector.HYPOTHETICAL_SOURCE + ")");

  @Test
  void everyDevQuestion_hasTheSameClausesBlankedAsWithThePlainRegex() {
    int changed = 0;
    for (EvalQuestion q : EvalSet.read(Path.of("src/test/resources/eval/questions.jsonl"))) {
      for (String view : UrgencyDetector.views(q.text())) {
        String plain = PLAIN_CLAUSES.matcher(view).replaceAll(" ");
        assertThat(FAST_CLAUSES.replaceAll(ScannedText.of(view), " ")).as(view).isEqualTo(plain);
        changed += plain.equals(view) ? 0 : 1;
      }
    }
    assertThat(changed).as("the set has conditional clauses").isGreaterThan(50);
  }

  @Property(tries = 2_000)
  void generatedText_hasTheSameClausesBlankedAsWithThePlainRegex(@ForAll("texts") String text) {
    for (String view : UrgencyDetector.views(text)) {
      assertThat(FAST_CLAUSES.replaceAll(ScannedText.of(view), "_"))
          .as(view).isEqualTo(PLAIN_CLAUSES.matcher(view).replaceAll("_"));
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
  void prefixes_readLiteralsClassesAndGroups_andStopAtWhatIsNotLiteral() {
    assertThat(WordStartPattern.Alternatives.prefixes("detain", 2)).containsExactly("de");
    assertThat(WordStartPattern.Alternatives.prefixes("[её]ж", 2)).containsExactlyInAnyOrder("еж", "ёж");
    assertThat(WordStartPattern.Alternatives.prefixes("\\b(beats?|hits?) (me|us)", 2))
        .containsExactlyInAnyOrder("be", "hi");
    assertThat(WordStartPattern.Alternatives.prefixes("(u|you) go", 2)).containsExactlyInAnyOrder("u ", "yo");
    assertThat(WordStartPattern.Alternatives.prefixes("t(\\S*|a)x", 2)).containsExactlyInAnyOrder("t", "ta");
    assertThat(WordStartPattern.Alternatives.prefixes("кров(?!ат)", 5)).containsExactly("кров");
    // An optional atom may be there or not; a repeated one starts the same and then is unknown.
    assertThat(WordStartPattern.Alternatives.prefixes("(a )?b", 2)).containsExactlyInAnyOrder("a ", "b");
    assertThat(WordStartPattern.Alternatives.prefixes("x?y", 2)).containsExactlyInAnyOrder("xy", "y");
    assertThat(WordStartPattern.Alternatives.prefixes("(a)?", 2)).contains("");
    assertThat(WordStartPattern.Alternatives.prefixes("\\S*z", 2)).containsExactly("");
    assertThat(WordStartPattern.Alternatives.prefixes("ab+c", 3)).containsExactly("ab");
    assertThat(WordStartPattern.Alternatives.prefixes("\\d+ days", 2)).hasSize(10).contains("0", "9");
    assertThat(WordStartPattern.Alternatives.prefixes("[1-3]x", 2)).containsExactlyInAnyOrder("1x", "2x", "3x");
    assertThat(WordStartPattern.Alternatives.prefixes("[^a]x", 2)).containsExactly("");
    assertThat(WordStartPattern.Alternatives.prefixes("a??b", 2)).containsExactly("");
    assertThat(WordStartPattern.Alternatives.split("a|(b|c)|[|]|d\\|e")).containsExactly("a", "(b|c)", "[|]", "d\\|e");
  }
}
