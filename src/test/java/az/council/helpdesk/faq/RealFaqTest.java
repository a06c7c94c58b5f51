package az.council.helpdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guard for content editors: the FAQ as committed must pass {@code faq check} with no problems. When this
 * fails, run {@code faq check} and fix the listed file:line places.
 */
final class RealFaqTest {
  private static final Path FAQ = Path.of("faq");

  @Test
  void theCommittedFaq_passesFaqCheckWithNoProblems() {
    FaqFolder folder = FaqLoader.load(FAQ);

    // Today's real date: a 'reviewed' date in the future is exactly what editors must not commit.
    List<FaqProblem> problems = new FaqChecker(LocalDate.now(Clock.systemDefaultZone())).check(folder);

    assertThat(problems).as("faq check problems").isEmpty();
  }

  @Test
  void theCommittedFaq_coversEveryTopicAndBookletWithAtLeastEightyEntries() {
    FaqCatalog catalog = FaqCatalog.load(FAQ);

    assertThat(catalog.size()).isGreaterThanOrEqualTo(80);
    for (Topic topic : Topic.values()) {
      assertThat(catalog.byTopic(topic)).as("entries of topic %s", topic.id()).isNotEmpty();
    }
    assertThat(catalog.entries()).extracting(FaqEntry::booklet).contains(Booklet.values());
    assertThat(catalog.emergencyContacts()).isNotEmpty();
  }
}
