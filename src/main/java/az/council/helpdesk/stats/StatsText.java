package az.council.helpdesk.stats;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import java.text.NumberFormat;
import java.util.List;
import java.util.function.Function;

/**
 * The statistics as plain text for the terminal and a Telegram message: short lines, "name — count", no
 * table alignment (Telegram's font is proportional). Unanswered questions are cut at {@value #MAX_QUESTIONS};
 * a long period can still exceed one Telegram message, so the sender splits on blank lines.
 */
public final class StatsText {
  /** The rest are in the exports; a Telegram message holds 4096 characters. */
  static final int MAX_QUESTIONS = 20;

  private final StatsLabels labels;
  private final Messages messages;

  public StatsText(StatsLabels labels) {
    this.labels = labels;
    this.messages = labels.messages();
  }

  public String render(StatsReport report, Language language) {
    StringBuilder text = new StringBuilder();
    StatsPeriod period = report.period();
    line(text, language, "stats.text.title", period.label(), period.from().toString(), period.to().toString());
    if (report.inquiries() == 0) {
      line(text, language, "stats.text.empty");
      return text.toString();
    }
    line(text, language, "stats.text.totals", report.persons(), report.inquiries());
    line(text, language, "stats.text.azerbaijanis", report.azerbaijanis());
    section(text, language, "stats.text.byCitizenship", report.citizenship(), c -> labels.citizenship(c, language));
    section(text, language, "stats.text.byTopic", nonZero(report.topics()), t -> labels.topic(t, language));
    if (report.outOfScope() > 0) {
      item(text, language, messages.get(language, "stats.text.outOfScope"), report.outOfScope());
    }
    section(text, language, "stats.text.byLanguage", nonZero(report.languages()), l -> labels.language(l, language));
    section(text, language, "stats.text.bySource", nonZero(report.sources()), s -> labels.source(s, language));
    cases(text, report.cases(), language);
    feedback(text, report.feedback(), language);
    return text.toString();
  }

  private void cases(StringBuilder text, StatsReport.Cases cases, Language language) {
    text.append('\n');
    line(text, language, "stats.text.cases", cases.escalated(), cases.cases(), cases.open());
    section(text, language, "stats.text.outcomes", nonZero(cases.outcomes()), o -> labels.outcome(o, language));
    cases.medianFirstReply().ifPresentOrElse(
        median -> line(text, language, "stats.text.medianReply", labels.duration(median, language), cases.replied()),
        () -> line(text, language, "stats.text.noReply"));
  }

  private void feedback(StringBuilder text, StatsReport.Feedback feedback, Language language) {
    text.append('\n');
    line(text, language, "stats.text.ratings", feedback.helpful(), feedback.notHelpful());
    line(text, language, "stats.text.unanswered", feedback.unanswered());
    List<Tally<String>> questions = feedback.unansweredQuestions();
    for (Tally<String> question : questions.subList(0, Math.min(MAX_QUESTIONS, questions.size()))) {
      text.append("  ").append(NumberFormat.getIntegerInstance(language.locale()).format(question.count())).append(" × «").append(question.key()).append("»\n");
    }
    if (questions.size() > MAX_QUESTIONS) {
      text.append("  ");
      line(text, language, "stats.text.moreQuestions", questions.size() - MAX_QUESTIONS);
    }
    if (!feedback.notHelpfulEntries().isEmpty()) {
      section(text, language, "stats.text.notHelpful", feedback.notHelpfulEntries(), Function.identity());
    }
  }

  private <K> void section(StringBuilder text, Language language, String title, List<Tally<K>> tallies,
      Function<K, String> name) {
    text.append('\n');
    line(text, language, title);
    for (Tally<K> tally : tallies) {
      item(text, language, name.apply(tally.key()), tally.count());
    }
  }

  private static <K> List<Tally<K>> nonZero(List<Tally<K>> tallies) {
    return tallies.stream().filter(t -> t.count() > 0).toList();
  }

  /** Counts grouped as in the bundle's sentences ("2 500" in Russian, "2,500" in English). */
  private static void item(StringBuilder text, Language language, String name, int count) {
    text.append("  ").append(name).append(" — ").append(NumberFormat.getIntegerInstance(language.locale()).format(count))
        .append('\n');
  }

  private void line(StringBuilder text, Language language, String key, Object... args) {
    text.append(messages.get(language, key, args)).append('\n');
  }
}
