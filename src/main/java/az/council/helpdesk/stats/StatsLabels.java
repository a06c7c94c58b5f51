package az.council.helpdesk.stats;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import java.time.Duration;

/**
 * The names of what the statistics count, in the reader's language. Country names come from the JDK's CLDR
 * data (so all 249 countries are named correctly in az, ru and en without a hand-kept table); the rest from
 * the message bundles.
 */
public final class StatsLabels {
  private final Messages messages;

  public StatsLabels(Messages messages) {
    this.messages = messages;
  }

  public Messages messages() {
    return messages;
  }

  /** A country's name ("Ukrayna", "Украина", "Ukraine") or the special value's label. */
  public String citizenship(Citizenship citizenship, Language language) {
    return citizenship.isCountry()
        ? citizenship.region().getDisplayCountry(language.locale())
        : messages.get(language, "stats.citizenship." + citizenship.code());
  }

  public String topic(Topic topic, Language language) {
    return messages.get(language, "stats.topic." + topic.id());
  }

  public String language(Language of, Language in) {
    return messages.get(in, "stats.language." + of.tag());
  }

  public String source(Inquiry.Source source, Language language) {
    return messages.get(language, "stats.source." + source.id());
  }

  public String outcome(Outcome outcome, Language language) {
    return messages.get(language, "stats.outcome." + outcome.id());
  }

  /** A duration as hours and minutes ("1 h 05 min"), rounded to the minute. */
  public String duration(Duration duration, Language language) {
    long minutes = duration.plusSeconds(30).toMinutes();
    return messages.get(language, "stats.duration", Long.toString(minutes / 60), String.format("%02d", minutes % 60));
  }
}
