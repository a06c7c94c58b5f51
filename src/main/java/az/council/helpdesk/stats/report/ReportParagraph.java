package az.council.helpdesk.stats.report;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.stats.Citizenship;
import az.council.helpdesk.stats.StatsLabels;
import az.council.helpdesk.stats.StatsReport;
import az.council.helpdesk.stats.Tally;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the annual report's section on consultations from a {@link StatsReport}, in the order of the 2022
 * report: who turned to the Council (countries with counts, most first, the rest as "other countries", and the
 * total of foreigners), the topics, then Azerbaijani citizens abroad.
 */
public final class ReportParagraph {
  /** The 2022 report named six countries. */
  public static final int DEFAULT_COUNTRIES = 6;

  private final StatsLabels labels;
  private final Messages messages;
  private final int countries;

  public ReportParagraph(StatsLabels labels, int countries) {
    if (countries < 1) {
      throw new IllegalArgumentException("name at least one country, not " + countries);
    }
    this.labels = labels;
    this.messages = labels.messages();
    this.countries = countries;
  }

  public String write(StatsReport report, Language language) {
    CountryGrammar grammar = CountryGrammar.of(language);
    List<String> paragraphs = new ArrayList<>();
    if (report.foreigners() > 0) {
      paragraphs.add(messages.get(language, "stats.report.intro") + " "
          + messages.get(language, "stats.report.countries", countryList(report, language, grammar),
              total(report.foreigners(), language, grammar)));
    }
    List<Topic> topics = report.topics().stream().filter(t -> t.count() > 0).map(Tally::key).toList();
    if (!topics.isEmpty()) {
      paragraphs.add(topicList(topics, language));
    }
    if (report.azerbaijanis() > 0) {
      paragraphs.add(messages.get(language, "stats.report.abroad." + grammar.plural(report.azerbaijanis()).key(),
          report.azerbaijanis()));
    }
    if (paragraphs.isEmpty()) {
      return messages.get(language, "stats.report.none", report.period().label());
    }
    return String.join("\n\n", paragraphs);
  }

  private String countryList(StatsReport report, Language language, CountryGrammar grammar) {
    List<Tally<Citizenship>> named = report.citizenship().stream()
        .filter(t -> t.key().isCountry())
        .limit(countries)
        .toList();
    List<String> items = new ArrayList<>();
    for (Tally<Citizenship> tally : named) {
      items.add(messages.get(language, "stats.report.country",
          grammar.fromCountry(labels.citizenship(tally.key(), language)), people(tally.count(), language, grammar)));
    }
    int namedPersons = named.stream().mapToInt(Tally::count).sum();
    if (namedPersons < report.foreigners()) {
      items.add(messages.get(language, "stats.report.others"));
    }
    return joined(items, language);
  }

  /** "A, B, C və D": commas, and the language's "and" before the last. */
  private String joined(List<String> items, Language language) {
    if (items.size() == 1) {
      return items.getFirst();
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " " + messages.get(language, "stats.report.and")
        + " " + items.getLast();
  }

  private String people(int count, Language language, CountryGrammar grammar) {
    return messages.get(language, "stats.report.people." + grammar.plural(count).key(), count);
  }

  /**
   * "More than 145 people in total", as the report says it, when the total is not a round number: the figure
   * is the total rounded down to a multiple of five (147 → "more than 145"). Small or round totals are exact.
   */
  private String total(int foreigners, Language language, CountryGrammar grammar) {
    if (foreigners >= 10 && foreigners % 5 != 0) {
      return messages.get(language, "stats.report.total.moreThan", grammar.moreThan(foreigners - foreigners % 5));
    }
    return messages.get(language, "stats.report.total.exact." + grammar.plural(foreigners).key(), foreigners);
  }

  private String topicList(List<Topic> topics, Language language) {
    StringBuilder text = new StringBuilder(messages.get(language, "stats.report.topics"));
    for (int i = 0; i < topics.size(); i++) {
      text.append("\n- ").append(messages.get(language, "stats.report.topic." + topics.get(i).id()))
          .append(i == topics.size() - 1 ? "." : ";");
    }
    return text.toString();
  }
}
