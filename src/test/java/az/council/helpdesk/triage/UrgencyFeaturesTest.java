package az.council.helpdesk.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class UrgencyFeaturesTest {
  private final UrgencyFeatures features = UrgencyFeatures.DEFAULT;

  @Test
  void buckets_ignoreCaseDiacriticsAndPunctuation() {
    assertThat(features.buckets("QAPINI TƏPİKLƏYİR!!! ...")).isEqualTo(features.buckets("qapini tepikleyir"));
  }

  @Test
  void buckets_areSortedAndDistinct() {
    int[] buckets = features.buckets("la la la la");
    for (int i = 1; i < buckets.length; i++) {
      assertThat(buckets[i]).isGreaterThan(buckets[i - 1]);
    }
  }

  @Test
  void buckets_ofAOneLetterWordAreItsPaddedBigramsAndTheWholePaddedWord() {
    // " a", "a " and " a ": three features; no longer n-gram exists.
    assertThat(features.buckets("a")).hasSize(3);
  }

  @Test
  void buckets_differForDifferentWords() {
    assertThat(features.buckets("таблетки")).isNotEqualTo(features.buckets("тарелки"));
  }

  @Test
  void buckets_ofTextWithoutLettersOrDigits_areEmpty() {
    assertThat(features.buckets("💥 ... \u200b")).isEmpty();
  }
}
