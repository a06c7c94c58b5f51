package az.council.helpdesk.stats.report;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.stats.Citizenship;
import az.council.helpdesk.stats.Pseudonyms;
import az.council.helpdesk.stats.Report2022Seed;
import az.council.helpdesk.stats.SqliteInquiryHistory;
import az.council.helpdesk.stats.SqliteInquiryLog;
import az.council.helpdesk.stats.SqliteMemberLog;
import az.council.helpdesk.stats.StatsLabels;
import az.council.helpdesk.stats.StatsPeriod;
import az.council.helpdesk.stats.StatsReport;
import az.council.helpdesk.stats.StatsService;
import az.council.helpdesk.stats.Tally;
import az.council.helpdesk.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class ReportParagraphTest {
  @TempDir static Path data;
  private Database database;
  private StatsService service;
  private final Messages messages = new Messages();

  @BeforeAll
  void seed() {
    database = Database.open(data);
    Clock clock = Clock.systemUTC();
    Report2022Seed.write(new SqliteInquiryLog(database, Pseudonyms.inDirectory(data), clock),
        new SqliteMemberLog(database, clock));
    service = new StatsService(new SqliteInquiryHistory(database), messages);
  }

  @AfterAll
  void close() {
    database.close();
  }

  private String paragraph(Language language) {
    return service.paragraph(service.report(StatsPeriod.year(2022)), language);
  }

  @Test
  void azerbaijani_reproducesThe2022Report() {
    assertThat(paragraph(Language.AZ)).isEqualTo("""
        Hesabat dövründə Dövlət Miqrasiya Xidməti yanında İctimai Şuraya çoxsaylı əcnəbi və vətəndaşlığı olmayan \
        şəxslər müraciət etmişdir. Belə ki, bu dövrdə Ukraynadan (58 nəfər), Rusiyadan (24 nəfər), Türkiyədən \
        (18 nəfər), Gürcüstandan (17 nəfər), İrandan (9 nəfər), Qazaxıstandan (4 nəfər) və digər müxtəlif \
        ölkələrdən olan miqrantlara hüquqi məsləhətlər verilmişdir (ümumilikdə 145-dən çox şəxsə).

        Əcnəbilərə aşağıdakı istiqamətlər üzrə məsləhətlər və texniki dəstək göstərilmişdir:
        - olduğu yer üzrə qeydiyyat;
        - vətəndaşlıq məsələləri;
        - müvəqqəti yaşamaq icazəsinin verilməsi;
        - daimi yaşamaq icazəsinin verilməsi;
        - iş icazəsinin verilməsi;
        - sığınacaq məsələləri;
        - emiqrasiya məsələləri;
        - bank və digər məsələlər.

        Əcnəbilərlə yanaşı, İctimai Şuraya həm də xaricdə yaşayan Azərbaycan Respublikasının 8 nəfər vətəndaşı \
        müraciət etmişdir.""");
  }

  @Test
  void russian_reproducesThe2022Report() {
    assertThat(paragraph(Language.RU)).isEqualTo("""
        В отчётный период в Общественный совет при Государственной миграционной службе обращались многочисленные \
        иностранцы и лица без гражданства. Юридические консультации получили мигранты из Украины (58 человек), \
        России (24 человека), Турции (18 человек), Грузии (17 человек), Ирана (9 человек), Казахстана \
        (4 человека) и других стран (всего более 145 человек).

        Иностранцам оказывались консультации и техническая помощь по следующим направлениям:
        - регистрация по месту пребывания;
        - вопросы гражданства;
        - выдача разрешения на временное проживание;
        - выдача разрешения на постоянное проживание;
        - выдача разрешения на работу;
        - вопросы убежища;
        - вопросы эмиграции;
        - банковские и другие вопросы.

        Помимо иностранцев, в Общественный совет обратились также 8 граждан Азербайджанской Республики, \
        проживающих за рубежом.""");
  }

  @Test
  void english_reproducesThe2022Report() {
    assertThat(paragraph(Language.EN)).isEqualTo("""
        During the reporting period, many foreigners and stateless persons turned to the Public Council under the \
        State Migration Service. Migrants from Ukraine (58 people), Russia (24 people), Türkiye (18 people), \
        Georgia (17 people), Iran (9 people), Kazakhstan (4 people) and various other countries received legal \
        advice (more than 145 people in total).

        Foreigners received advice and technical support on the following matters:
        - registration at the place of stay;
        - citizenship matters;
        - temporary residence permits;
        - permanent residence permits;
        - work permits;
        - asylum matters;
        - emigration matters;
        - banking and other matters.

        In addition to foreigners, 8 citizens of the Republic of Azerbaijan living abroad turned to the Public \
        Council.""");
  }

  @Test
  void theSeedHasThe2022Figures() {
    StatsReport report = service.report(StatsPeriod.year(2022));

    assertThat(report.citizenship().subList(0, 6)).extracting(t -> t.key().code() + "=" + t.count())
        .containsExactly("UA=58", "RU=24", "TR=18", "GE=17", "IR=9", "KZ=4");
    assertThat(report.foreigners()).isEqualTo(147);
    assertThat(report.azerbaijanis()).isEqualTo(8);
    assertThat(report.persons()).isEqualTo(155);
  }

  @Test
  void roundTotalSmallCountsAndOneCitizenAbroad_useExactFiguresAndSingularForms() {
    StatsReport report = report(List.of(new Tally<>(new Citizenship("UA"), 21), new Tally<>(new Citizenship("RU"), 2),
        new Tally<>(new Citizenship("TR"), 1), new Tally<>(new Citizenship("US"), 1)), 1);
    ReportParagraph writer = new ReportParagraph(new StatsLabels(messages), 6);

    assertThat(writer.write(report, Language.RU)).contains(
        "из Украины (21 человек), России (2 человека), Турции (1 человек) и Соединенных Штатов (1 человек) (всего 25 человек).",
        "обратился также 1 гражданин Азербайджанской Республики, проживающий за рубежом.");
    assertThat(writer.write(report, Language.EN)).contains(
        "Migrants from Ukraine (21 people), Russia (2 people), Türkiye (1 person) and the United States (1 person)"
            + " received legal advice (25 people in total).",
        "1 citizen of the Republic of Azerbaijan living abroad");
    assertThat(writer.write(report, Language.AZ)).contains(
        "Ukraynadan (21 nəfər), Rusiyadan (2 nəfər), Türkiyədən (1 nəfər) və Amerika Birləşmiş Ştatlarından (1 nəfər)"
            + " olan miqrantlara hüquqi məsləhətlər verilmişdir (ümumilikdə 25 şəxsə).");
  }

  @Test
  void fewerCountriesNamed_restBecomeOtherCountries() {
    String text = service.paragraph(service.report(StatsPeriod.year(2022)), Language.AZ, 2);

    assertThat(text).contains("Ukraynadan (58 nəfər), Rusiyadan (24 nəfər) və digər müxtəlif ölkələrdən").doesNotContain("Türkiyə");
  }

  @Test
  void emptyYear_saysSoInEachLanguage() {
    StatsReport empty = service.report(StatsPeriod.year(2019));

    assertThat(service.paragraph(empty, Language.AZ)).isEqualTo("2019 dövründə İctimai Şuraya müraciət qeydə alınmamışdır.");
    assertThat(service.paragraph(empty, Language.RU)).isEqualTo("За период 2019 обращений в Общественный совет не зарегистрировано.");
    assertThat(service.paragraph(empty, Language.EN)).isEqualTo("No consultations were recorded in 2019.");
  }

  private static StatsReport report(List<Tally<Citizenship>> citizenship, int azerbaijanis) {
    List<Tally<Topic>> topics = new ArrayList<>();
    topics.add(new Tally<>(Topic.ASYLUM, 3));
    int persons = citizenship.stream().mapToInt(Tally::count).sum() + azerbaijanis;
    return new StatsReport(StatsPeriod.year(2023), persons, persons, citizenship, azerbaijanis, topics, 0, List.of(),
        List.of(), new StatsReport.Cases(0, 0, List.of(), 0, 0, Optional.empty()),
        new StatsReport.Feedback(0, 0, 0, List.of(), List.of()));
  }
}
