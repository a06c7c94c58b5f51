package az.council.helpdesk.stats;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A log that reproduces the figures of the Council's 2022 report: Ukraine 58, Russia 24, Turkey 18, Georgia 17,
 * Iran 9, Kazakhstan 4, 17 others (147 foreigners: "more than 145") and 8 Azerbaijani citizens abroad; topics
 * in the order the report lists them. Some are offline consultations, some people asked twice, and traffic just
 * outside 2022 (which would change the ranking if it were counted) surrounds the year.
 */
public final class Report2022Seed {
  private static final Instant YEAR_START = Instant.parse("2021-12-31T20:00:00Z"); // 2022-01-01 in Baku
  private static final String[][] PEOPLE = {
      {"UA", "58"}, {"RU", "24"}, {"TR", "18"}, {"GE", "17"}, {"IR", "9"}, {"KZ", "4"}, {"UZ", "3"}, {"AF", "3"},
      {"IN", "2"}, {"PK", "2"}, {"BY", "2"}, {"DE", "1"}, {"EG", "1"}, {"SY", "1"}, {"stateless", "1"},
      {"unknown", "1"}, {"azerbaijani-abroad", "8"}};
  private static final Object[][] TOPICS = {
      {Topic.REGISTRATION, 40}, {Topic.CITIZENSHIP, 30}, {Topic.TEMPORARY_RESIDENCE, 25},
      {Topic.PERMANENT_RESIDENCE, 20}, {Topic.WORK_PERMIT, 15}, {Topic.ASYLUM, 10}, {Topic.EMIGRATION, 8},
      {Topic.DAILY_LIFE, 7}};

  private Report2022Seed() {}

  public static void write(InquiryLog log, MemberLog members) {
    Random random = new Random(2022);
    List<Topic> topics = new ArrayList<>();
    for (Object[] topic : TOPICS) {
      topics.addAll(Collections.nCopies((Integer) topic[1], (Topic) topic[0]));
    }
    Collections.shuffle(topics, random);
    long user = 900_000_000L;
    int person = 0;
    for (String[] group : PEOPLE) {
      for (int i = 0; i < Integer.parseInt(group[1]); i++, person++) {
        Topic topic = topics.get(person);
        Instant at = YEAR_START.plus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
        if (person % 7 == 3 && !group[0].equals("unknown")) {
          members.recordOffline(new OfflineConsultation(at, new Citizenship(group[0]), Optional.of(topic),
              Optional.of(Outcome.RESOLVED)));
          continue;
        }
        user++;
        log.record(inquiry(at, user, topic));
        if (!group[0].equals("unknown")) {
          log.citizenship(user, group[0]);
        }
        if (group[0].equals("UA") && i < 30) {
          log.record(inquiry(at.plus(Duration.ofMinutes(5)), user, Topic.REGISTRATION));
        }
      }
    }
    // Just outside the year in Baku time: five more from Kazakhstan, three from Iraq, none of them counted.
    for (int i = 0; i < 5; i++) {
      log.record(inquiry(Instant.parse("2022-12-31T20:00:00Z").plusSeconds(i), 100 + i, Topic.ASYLUM));
      log.citizenship(100 + i, "KZ");
    }
    for (int i = 0; i < 3; i++) {
      log.record(inquiry(YEAR_START.minusSeconds(1 + i), 200 + i, Topic.TEMPORARY_STAY));
      log.citizenship(200 + i, "IQ");
    }
  }

  private static Inquiry inquiry(Instant at, long user, Topic topic) {
    return new Inquiry(at, user, Language.values()[(int) (user % 3)], Optional.of(topic),
        Optional.of(topic.id() + "-1"), true, false, Inquiry.Source.BOT);
  }
}
