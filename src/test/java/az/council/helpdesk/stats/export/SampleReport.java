package az.council.helpdesk.stats.export;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.stats.Citizenship;
import az.council.helpdesk.stats.Inquiry;
import az.council.helpdesk.stats.Outcome;
import az.council.helpdesk.stats.StatsPeriod;
import az.council.helpdesk.stats.StatsReport;
import az.council.helpdesk.stats.Tally;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A small report whose texts exercise the files: Cyrillic, ə, commas, quotes and formula-looking questions. */
final class SampleReport {
  static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

  private SampleReport() {}

  static StatsReport create() {
    return new StatsReport(StatsPeriod.quarter(2022, 3), 120, 170,
        List.of(new Tally<>(new Citizenship("UA"), 58), new Tally<>(new Citizenship("TR"), 18),
            new Tally<>(new Citizenship("US"), 3), new Tally<>(Citizenship.STATELESS, 2),
            new Tally<>(Citizenship.UNKNOWN, 31)),
        8,
        List.of(new Tally<>(Topic.REGISTRATION, 70), new Tally<>(Topic.WORK_PERMIT, 40), new Tally<>(Topic.ASYLUM, 30),
            new Tally<>(Topic.CITIZENSHIP, 20), new Tally<>(Topic.TEMPORARY_STAY, 0)),
        10,
        List.of(new Tally<>(Language.RU, 90), new Tally<>(Language.AZ, 50), new Tally<>(Language.EN, 20)),
        List.of(new Tally<>(Inquiry.Source.BOT, 150), new Tally<>(Inquiry.Source.OFFLINE, 10),
            new Tally<>(Inquiry.Source.CASE, 10)),
        new StatsReport.Cases(25, 22, List.of(new Tally<>(Outcome.RESOLVED, 12), new Tally<>(Outcome.REFERRED, 5),
            new Tally<>(Outcome.NO_RESPONSE, 1), new Tally<>(Outcome.OUT_OF_SCOPE, 0)), 4, 20,
            Optional.of(Duration.ofMinutes(95))),
        new StatsReport.Feedback(60, 12, 30, List.of(new Tally<>("Как продлить визу ребёнку?", 4),
            new Tally<>(FORMULA, 2), new Tally<>("ərizəni harada verim, \"tez\"?", 2), new Tally<>("-5 gün", 1),
            new Tally<>("@admin", 1)),
            List.of(new Tally<>("work-permit-quota", 7), new Tally<>("registration-deadline", 5))));
  }
}
