package az.council.helpdesk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Messages;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class OfflineCsvTest {
  private final OfflineCsv reader = new OfflineCsv(new StatsLabels(new Messages()), StatsService.BAKU);

  @Test
  void read_codesNamesAndLabelsInAnyLanguage() {
    OfflineCsv.Result result = reader.read("""
        \uFEFFDate;Citizenship;Topic;Outcome
        2022-05-31;UA;registration;resolved
        31.05.2022;Украина;Регистрация;
        2022-06-01;Turkiye;İş icazəsi;Referred to another body
        2022-06-02;stateless;;
        2022-06-03;Xaricdə yaşayan Azərbaycan vətəndaşları;emigration;no-response
        """);

    assertThat(result).isInstanceOfSatisfying(OfflineCsv.Result.Read.class, read -> assertThat(read.consultations())
        .containsExactly(
            new OfflineConsultation(Instant.parse("2022-05-30T20:00:00Z"), new Citizenship("UA"),
                Optional.of(Topic.REGISTRATION), Optional.of(Outcome.RESOLVED)),
            new OfflineConsultation(Instant.parse("2022-05-30T20:00:00Z"), new Citizenship("UA"),
                Optional.of(Topic.REGISTRATION), Optional.empty()),
            new OfflineConsultation(Instant.parse("2022-05-31T20:00:00Z"), new Citizenship("TR"),
                Optional.of(Topic.WORK_PERMIT), Optional.of(Outcome.REFERRED)),
            new OfflineConsultation(Instant.parse("2022-06-01T20:00:00Z"), Citizenship.STATELESS, Optional.empty(),
                Optional.empty()),
            new OfflineConsultation(Instant.parse("2022-06-02T20:00:00Z"), Citizenship.AZERBAIJANI_ABROAD,
                Optional.of(Topic.EMIGRATION), Optional.of(Outcome.NO_RESPONSE))));
  }

  @Test
  void read_badRows_reportsEveryProblemWithItsLine() {
    OfflineCsv.Result result = reader.read("""
        date,citizenship,topic,outcome
        2022-02-30,UA,,
        2022-03-01,Narnia,,
        2022-03-02,GE,weather,
        2022-03-03,GE,asylum,won
        2022-03-04,GE,asylum,resolved
        """);

    assertThat(result).isInstanceOfSatisfying(OfflineCsv.Result.Problems.class, p -> assertThat(p.problems())
        .hasSize(4)
        .satisfiesExactly(
            first -> assertThat(first).startsWith("line 2: '2022-02-30' is not a date"),
            second -> assertThat(second).startsWith("line 3: unknown citizenship 'Narnia'"),
            third -> assertThat(third).isEqualTo("line 4: unknown topic 'weather'"),
            fourth -> assertThat(fourth).isEqualTo("line 5: unknown outcome 'won'")));
  }

  @Test
  void read_withoutTheRequiredColumns_saysWhichAreMissing() {
    assertThat(reader.read("when,country\n2022-01-01,UA\n")).isEqualTo(new OfflineCsv.Result.Problems(
        List.of("line 1: the header lacks date, citizenship; expected the columns"
            + " date,citizenship,topic,outcome")));
    assertThat(reader.read("")).isInstanceOf(OfflineCsv.Result.Problems.class);
  }
}
