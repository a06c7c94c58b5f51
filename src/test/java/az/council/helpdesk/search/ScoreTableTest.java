package az.council.helpdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.eval.EvalQuestion;
import az.council.helpdesk.eval.EvalSet;
import az.council.helpdesk.search.FaqIndex.Group;
import az.council.helpdesk.support.RealFaq;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The array scoring of a small FAQ must rank exactly as Lucene's own BM25 query does: same entries, same
 * order, same scores, on every labelled question and with the weights the triage uses.
 */
final class ScoreTableTest {
  private static FaqIndex index;
  private static List<String> questions;

  @BeforeAll
  static void build() {
    index = FaqIndex.build(RealFaq.catalog().entries());
    questions = EvalSet.read(Path.of("src/test/resources/eval/questions.jsonl")).stream()
        .map(EvalQuestion::text).toList();
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void everyLabelledQuestion_getsLucenesRankingAndScores() {
    List<Map<Group, Float>> weightings = List.of(weights(1f, 0.6f, 0.6f, 0f), weights(0.3f, 0.3f, 1f, 0.3f),
        weights(0.6f, 1f, 0.6f, 0.9f));
    int compared = 0;
    for (int i = 0; i < questions.size(); i++) {
      String question = questions.get(i);
      Map<Group, List<FaqIndex.Token>> tokens = new EnumMap<>(Group.class);
      for (Group group : Group.values()) {
        // Every third question also carries its tokens as synonym expansions, which weigh less.
        List<FaqIndex.Token> analysed = index.analyze(group, question);
        tokens.put(group, i % 3 == 0 ? analysed.stream().map(FaqIndex.Token::asExpansion).toList() : analysed);
      }
      Map<Group, Float> weights = weightings.get(i % weightings.size());
      List<FaqIndex.Hit> fromTable = index.search(tokens, weights, 10);
      List<FaqIndex.Hit> fromLucene = index.searchWithLucene(tokens, weights, 10);
      assertThat(fromTable).as(question).isEqualTo(fromLucene);
      compared += fromLucene.isEmpty() ? 0 : 1;
    }
    assertThat(compared).isGreaterThan(questions.size() * 9 / 10);
  }

  private static Map<Group, Float> weights(float az, float ru, float en, float translit) {
    Map<Group, Float> weights = new EnumMap<>(Group.class);
    weights.put(Group.AZ, az);
    weights.put(Group.RU, ru);
    weights.put(Group.EN, en);
    weights.put(Group.TRANSLIT, translit);
    return weights;
  }
}
