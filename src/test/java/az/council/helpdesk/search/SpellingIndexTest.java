package az.council.helpdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class SpellingIndexTest {
  @Test
  void nearest_findsOneEditAwayAndPrefersTheFrequent() {
    SpellingIndex index = new SpellingIndex();
    index.add("убежищ", 3);
    index.add("иностранц", 10);
    index.add("register", 5);
    index.add("registr", 1);
    assertThat(index.nearest("убежещ")).contains("убежищ"); // substitution
    assertThat(index.nearest("инастранц")).contains("иностранц");
    assertThat(index.nearest("regsiter")).contains("register"); // swap
    assertThat(index.nearest("registe")).contains("register"); // deletion; more frequent than "registr"
  }

  @Test
  void nearest_keepsTheFirstLetterAndRefusesFarWords() {
    SpellingIndex index = new SpellingIndex();
    index.add("visa", 4);
    index.add("permit", 4);
    assertThat(index.nearest("pisa")).isEmpty();
    assertThat(index.nearest("pormat")).isEmpty();
    assertThat(index.nearest("vis")).isEmpty(); // too short to correct
  }

  @Test
  void distance_countsAdjacentSwapsAsOne() {
    assertThat(SpellingIndex.distance("abcd", "abdc")).isEqualTo(1);
    assertThat(SpellingIndex.distance("abcd", "abcd")).isZero();
    assertThat(SpellingIndex.distance("abcd", "xbcz")).isEqualTo(2);
  }
}
