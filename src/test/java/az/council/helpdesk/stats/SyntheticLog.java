package az.council.helpdesk.stats;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A deterministic year and a month of synthetic traffic: Telegram users asking the bot, cases with members,
 * ratings, topic corrections, offline consultations and people who asked to be forgotten. It writes through the
 * real log and keeps its own ground truth ({@link Fact}) from which tests compute the expected figures without
 * the production code.
 */
final class SyntheticLog {
  static final Instant START = Instant.parse("2021-12-31T20:00:00Z"); // 2022-01-01 00:00 in Baku
  static final Instant END = Instant.parse("2023-01-31T20:00:00Z");
  static final List<String> QUESTIONS = List.of("Как продлить визу ребёнку?", "vizamı necə uzadım",
      "Can I drive with my foreign licence?", "=HYPERLINK(\"http://evil\")", "Где оплатить госпошлину?",
      "ərizəni harada verim", "how much is the fee for a dog", "Можно ли работать студенту?");
  private static final String[] CITIZENSHIPS = {"UA", "UA", "UA", "UA", "UA", "RU", "RU", "RU", "TR", "TR", "GE",
      "GE", "IR", "KZ", "UZ", "AF", "IN", "DE", "AZ", "azerbaijani-abroad", "azerbaijani-abroad", "stateless",
      "unknown", "never-asked", "never-asked"};

  /** What really happened to one inquiry, as the tests understand it. */
  record Fact(Instant at, String person, String citizenship, Optional<Language> language, Optional<Topic> topic,
      Optional<String> entryId, boolean confident, boolean escalated, Inquiry.Source source, Optional<Boolean> helpful, Optional<Long> caseId,
      Optional<Outcome> outcome, Optional<Duration> firstReply, Optional<String> keptText) {}

  final List<Fact> facts = new ArrayList<>();
  final Map<Long, String> citizenshipOf = new LinkedHashMap<>();
  private final Random random;
  private final InquiryLog log;
  private final MemberLog members;
  private long nextCase = 1;

  private SyntheticLog(long seed, InquiryLog log, MemberLog members) {
    this.random = new Random(seed);
    this.log = log;
    this.members = members;
  }

  static SyntheticLog write(long seed, InquiryLog log, MemberLog members) {
    SyntheticLog synthetic = new SyntheticLog(seed, log, members);
    synthetic.telegramUsers(450);
    synthetic.offline(80);
    synthetic.forgetSome(25);
    return synthetic;
  }

  private void telegramUsers(int count) {
    for (int i = 0; i < count; i++) {
      long user = 100_000_000L + random.nextInt(900_000_000);
      if (citizenshipOf.containsKey(user)) {
        continue;
      }
      String citizenship = CITIZENSHIPS[random.nextInt(CITIZENSHIPS.length)];
      citizenshipOf.put(user, citizenship.equals("never-asked") ? "unknown" : citizenship);
      int inquiries = 1 + random.nextInt(5);
      for (int n = 0; n < inquiries; n++) {
        inquiry(user, instant());
        if (n == 0 && !citizenship.equals("never-asked")) {
          log.citizenship(user, citizenship);
        }
      }
    }
    // Around the year's edges in Baku time: the first belongs to 2022, the second to 2023.
    inquiry(citizenshipOf.keySet().iterator().next(), Instant.parse("2021-12-31T20:30:00Z"));
    inquiry(citizenshipOf.keySet().iterator().next(), Instant.parse("2022-12-31T20:30:00Z"));
  }

  private void inquiry(long user, Instant at) {
    Language language = Language.values()[random.nextInt(3)];
    Optional<Topic> topic = random.nextInt(10) == 0 ? Optional.empty()
        : Optional.of(Topic.values()[random.nextInt(Topic.values().length)]);
    boolean confident = topic.isPresent() && random.nextInt(10) < 7;
    Inquiry.Source source = random.nextInt(30) == 0 ? Inquiry.Source.CASE : Inquiry.Source.BOT;
    boolean escalated = source == Inquiry.Source.CASE || random.nextInt(10) == 0;
    String text = QUESTIONS.get(random.nextInt(QUESTIONS.size()));
    Optional<String> entryId = topic.map(t -> t.id() + "-" + random.nextInt(3));
    long id = log.record(new Inquiry(at, user, language, topic, entryId, confident, false, source).withQuestion(text));
    Optional<Boolean> helpful = rate(id, user);
    Optional<Long> caseId = Optional.empty();
    Optional<Outcome> outcome = Optional.empty();
    Optional<Duration> firstReply = Optional.empty();
    if (escalated) {
      caseId = Optional.of(nextCase++);
      members.caseOpened(caseId.get(), id, at.plusSeconds(2));
      if (random.nextInt(10) < 7) {
        firstReply = Optional.of(Duration.ofMinutes(1 + random.nextInt(600)));
        members.memberReplied(caseId.get(), at.plusSeconds(2).plus(firstReply.get()));
        members.memberReplied(caseId.get(), at.plus(Duration.ofDays(1)));
      }
      if (random.nextInt(10) < 3) {
        topic = Optional.of(Topic.values()[random.nextInt(Topic.values().length)]);
        members.topicCorrected(caseId.get(), topic.get());
      }
      if (random.nextInt(10) < 8) {
        outcome = Optional.of(Outcome.values()[random.nextInt(Outcome.values().length)]);
        members.caseClosed(caseId.get(), outcome.get(), at.plus(Duration.ofDays(2)));
      }
    }
    boolean kept = !confident && source == Inquiry.Source.BOT;
    facts.add(new Fact(at, "tg:" + user, citizenshipOf.get(user), Optional.of(language), topic, entryId, confident,
        escalated,
        source, helpful, caseId, outcome, firstReply, kept ? Optional.of(text) : Optional.empty()));
  }

  private Optional<Boolean> rate(long id, long user) {
    int dice = random.nextInt(10);
    if (dice == 9) {
      log.rate(id, user + 1, true); // forged: someone else's button, ignored
      return Optional.empty();
    }
    if (dice < 4) {
      boolean helpful = dice < 3;
      log.rate(id, user, helpful);
      return Optional.of(helpful);
    }
    return Optional.empty();
  }

  private void offline(int count) {
    for (int i = 0; i < count; i++) {
      Instant at = instant();
      String citizenship = CITIZENSHIPS[random.nextInt(CITIZENSHIPS.length - 2)];
      Optional<Topic> topic = random.nextInt(8) == 0 ? Optional.empty()
          : Optional.of(Topic.values()[random.nextInt(Topic.values().length)]);
      Optional<Outcome> outcome = random.nextBoolean() ? Optional.of(Outcome.values()[random.nextInt(4)]) : Optional.empty();
      members.recordOffline(new OfflineConsultation(at, new Citizenship(citizenship), topic, outcome));
      facts.add(new Fact(at, "offline:" + i, citizenship, Optional.empty(), topic, Optional.empty(), false, false,
          Inquiry.Source.OFFLINE,
          Optional.empty(), Optional.empty(), outcome, Optional.empty(), Optional.empty()));
    }
  }

  /** People who used /forget: still counted (once each, with their citizenship), their texts gone. */
  private void forgetSome(int count) {
    List<Long> users = new ArrayList<>(citizenshipOf.keySet());
    for (int i = 0; i < count; i++) {
      long user = users.get(random.nextInt(users.size()));
      log.forget(user);
      for (int f = 0; f < facts.size(); f++) {
        Fact fact = facts.get(f);
        if (fact.person().equals("tg:" + user)) {
          facts.set(f, new Fact(fact.at(), fact.person() + ":forgotten", fact.citizenship(), fact.language(),
              fact.topic(), fact.entryId(), fact.confident(), fact.escalated(), fact.source(), fact.helpful(), fact.caseId(),
              fact.outcome(), fact.firstReply(), Optional.empty()));
        }
      }
    }
  }

  private Instant instant() {
    long span = Duration.between(START, END).toSeconds();
    return START.plusSeconds((long) (random.nextDouble() * span));
  }
}
