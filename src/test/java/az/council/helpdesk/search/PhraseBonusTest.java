package az.council.helpdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The sloppy frequency is what Lucene's PhraseQuery with slop 2 counts for two terms. */
final class PhraseBonusTest {
  @Test
  void adjacentInOrder_countsOne() {
    assertThat(PhraseBonus.sloppyFrequency(new int[] {4}, new int[] {5})).isEqualTo(1f);
  }

  @Test
  void swappedNeighbours_costTwoMoves() {
    assertThat(PhraseBonus.sloppyFrequency(new int[] {5}, new int[] {4})).isCloseTo(1 / 3f, within(1e-6f));
  }

  @Test
  void oneWordBetween_countsHalf_andTooFarApart_countsNothing() {
    assertThat(PhraseBonus.sloppyFrequency(new int[] {1}, new int[] {3})).isCloseTo(0.5f, within(1e-6f));
    assertThat(PhraseBonus.sloppyFrequency(new int[] {1}, new int[] {5})).isZero();
    assertThat(PhraseBonus.sloppyFrequency(new int[] {6}, new int[] {4})).isZero();
  }

  @Test
  void everyPhrasingThatHasThePair_adds() {
    // "work permit" in two phrasings, 10 positions apart.
    assertThat(PhraseBonus.sloppyFrequency(new int[] {0, 10}, new int[] {1, 11})).isEqualTo(2f);
  }

  @Test
  void aTermMissingFromTheEntry_givesNoBonus() {
    assertThat(PhraseBonus.sloppyFrequency(new int[] {0}, DocumentTerms.NO_POSITIONS)).isZero();
  }

  @Test
  void anEntryThePostingsRuleOut_isNotRead_andOneTheyAllow_scoresAsWithoutThem() {
    float[] normInverse = new float[256];
    java.util.Arrays.fill(normInverse, 0.5f);
    DocumentTerms doc = new DocumentTerms(java.util.Map.of(),
        java.util.Map.of("q_en", java.util.Map.of("work", new int[] {0}, "permit", new int[] {1})),
        java.util.Map.of("q_en", 7L));
    PhraseBonus unfiltered = new PhraseBonus();
    unfiltered.add(new PhraseBonus.Pair("q_en", "work", "permit", 2f, normInverse, null, null));
    PhraseBonus filtered = new PhraseBonus();
    filtered.add(new PhraseBonus.Pair("q_en", "work", "permit", 2f, normInverse, new int[] {3, 5}, new int[] {5}));

    assertThat(filtered.score(5, d -> doc)).isPositive().isEqualTo(unfiltered.score(5, d -> doc));
    assertThat(filtered.score(3, d -> {
      throw new AssertionError("entry 3 lacks 'permit' and must not be read");
    })).isZero();
  }
}
