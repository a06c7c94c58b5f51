package az.council.helpdesk.stats;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The secretary's statistics for one period, as plain figures; {@link StatsService} renders them as text, as the
 * report's paragraph, or as CSV, XLSX and PNG files.
 *
 * @param persons unique persons, Azerbaijani citizens abroad included
 * @param citizenship persons by citizenship without Azerbaijani citizens: countries by count (most first), then
 *     stateless, then unknown
 * @param azerbaijanis Azerbaijani citizens (abroad), reported separately as in the annual report
 * @param topics inquiries by topic (corrected topic where a member set one), most first; all nine topics
 * @param outOfScope inquiries with no topic
 * @param languages inquiries by language (offline consultations have none)
 */
public record StatsReport(
    StatsPeriod period,
    int persons,
    int inquiries,
    List<Tally<Citizenship>> citizenship,
    int azerbaijanis,
    List<Tally<Topic>> topics,
    int outOfScope,
    List<Tally<Language>> languages,
    List<Tally<Inquiry.Source>> sources,
    Cases cases,
    Feedback feedback) {

  /** Persons other than Azerbaijani citizens: the "more than N people in total" of the report. */
  public int foreigners() {
    return citizenship.stream().mapToInt(Tally::count).sum();
  }

  /**
   * What members did.
   *
   * @param escalated inquiries handed to a member
   * @param cases distinct cases among the period's inquiries
   * @param outcomes closed cases and offline consultations by outcome (all four outcomes)
   * @param open cases not closed yet
   * @param medianFirstReply median time from a case opening to a member's first reply, over the replied cases
   */
  public record Cases(int escalated, int cases, List<Tally<Outcome>> outcomes, int open, int replied,
      Optional<Duration> medianFirstReply) {}

  /**
   * How the bot's answers fared: the content team's to-do list.
   *
   * @param unanswered bot inquiries it could not answer confidently
   * @param unansweredQuestions their texts, the same question counted once with its number, while retention
   *     keeps them
   * @param notHelpfulEntries FAQ entries rated not helpful, with how often
   */
  public record Feedback(int helpful, int notHelpful, int unanswered, List<Tally<String>> unansweredQuestions,
      List<Tally<String>> notHelpfulEntries) {}
}
