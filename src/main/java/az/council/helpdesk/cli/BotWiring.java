package az.council.helpdesk.cli;

import az.council.helpdesk.cases.CaseDesk;
import az.council.helpdesk.cases.CaseStorage;
import az.council.helpdesk.cases.CasesConfig;
import az.council.helpdesk.cases.Routing;
import az.council.helpdesk.cases.StaffGroupCheck;
import az.council.helpdesk.config.Config;
import az.council.helpdesk.config.ConfigException;
import az.council.helpdesk.conversation.Action;
import az.council.helpdesk.conversation.Conversation;
import az.council.helpdesk.conversation.EventHandler;
import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.ops.BotMetrics;
import az.council.helpdesk.profiles.SqliteProfiles;
import az.council.helpdesk.retention.DailyPurge;
import az.council.helpdesk.retention.Retention;
import az.council.helpdesk.retention.TextRetention;
import az.council.helpdesk.stats.Pseudonyms;
import az.council.helpdesk.stats.SqliteInquiryLog;
import az.council.helpdesk.stats.SqliteInquiryHistory;
import az.council.helpdesk.stats.SqliteMemberLog;
import az.council.helpdesk.stats.StatsService;
import az.council.helpdesk.stats.desk.SecretaryDesk;
import az.council.helpdesk.stats.SqliteQuestionTexts;
import az.council.helpdesk.store.Database;
import az.council.helpdesk.store.HandOffRecords;
import az.council.helpdesk.store.SqliteCaseStore;
import az.council.helpdesk.store.SqliteCaseThreads;
import az.council.helpdesk.store.SqliteRosterStore;
import az.council.helpdesk.telegram.RecordedHandOffs;
import az.council.helpdesk.telegram.StaffGroupProbe;
import az.council.helpdesk.telegram.SecretaryRouting;
import az.council.helpdesk.telegram.StaffGroupUpdates;
import az.council.helpdesk.telegram.StaffPerformer;
import az.council.helpdesk.telegram.StaffUpdates;
import az.council.helpdesk.telegram.TelegramBot;
import az.council.helpdesk.telegram.Webhook;
import az.council.helpdesk.triage.Triage;
import az.council.helpdesk.triage.TriageResult;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the running bot's object graph by hand, in one place: the conversation over the profiles and the
 * inquiry log, the cases desk with its staff side and timers when {@code STAFF_CHAT_ID} is set, and the daily
 * retention purge. Without a staff group the bot still answers and records hand-offs for later.
 */
final class BotWiring {
  private static final Logger log = LoggerFactory.getLogger(BotWiring.class);
  static final String RETENTION_DAYS = "HELPDESK_RETENTION_DAYS";

  private BotWiring() {}

  /** The wired bot, not yet started; {@code services} are closed after the bot, in order. */
  record Wired(TelegramBot bot, List<AutoCloseable> services) implements AutoCloseable {
    @Override
    public void close() {
      bot.close();
      for (AutoCloseable service : services) {
        try {
          service.close();
        } catch (Exception e) {
          log.warn("closing {} failed: {}", service.getClass().getSimpleName(), e.getClass().getName());
        }
      }
    }
  }

  static Wired bot(Config config, Map<String, String> environment, Database database, FaqCatalog catalog,
      Messages messages, Clock clock) {
    return bot(config, environment, database, catalog, messages, clock, new BotMetrics());
  }

  static Wired bot(Config config, Map<String, String> environment, Database database, FaqCatalog catalog,
      Messages messages, Clock clock, BotMetrics metrics) {
    return bot(config, Optional.empty(), environment, database, catalog, messages, clock, metrics);
  }

  /** The bot receiving updates by {@code webhook} when given, else by long polling. */
  static Wired bot(Config config, Optional<Webhook> webhook, Map<String, String> environment, Database database,
      FaqCatalog catalog, Messages messages, Clock clock, BotMetrics metrics) {
    Duration retention = Duration.ofDays(retentionDays(environment));
    Triage triage = Triage.over(catalog, 10_000);
    SqliteInquiryLog inquiries = new SqliteInquiryLog(database, Pseudonyms.inDirectory(config.dataDir()), clock);
    EventHandler conversation = counted(new Conversation(measured(triage, metrics), catalog, messages,
        new SqliteProfiles(database), inquiries, clock), metrics);
    List<TextRetention> texts = new ArrayList<>(List.of(new SqliteQuestionTexts(database)));
    List<AutoCloseable> services = new ArrayList<>();
    TelegramBot bot;
    if (config.staffChatId().isEmpty()) {
      log.warn("STAFF_CHAT_ID is not set: the bot answers questions and records hand-offs, and tells people a member"
          + " will reply once the Council's team is set up. Set STAFF_CHAT_ID and ADMIN_IDS to hand cases to members.");
      bot = new TelegramBot(config, webhook, database, new NoTeamYet(conversation, messages), StaffUpdates.IGNORE,
          new RecordedHandOffs(new HandOffRecords(database), clock), messages, clock);
    } else {
      CasesConfig cases = casesConfig(config, environment); // first: a wrong setting stops before any thread starts
      StaffGroupProbe.Result probe = StaffGroupProbe.probe(config, cases.staffChatId());
      cases = checked(cases, probe);
      CaseStorage storage = new CaseStorage(new SqliteCaseStore(database), new SqliteCaseThreads(database),
          new SqliteRosterStore(database));
      CaseDesk desk = new CaseDesk(cases, storage, Routing.load(cases.routingFile()), catalog, triage, inquiries,
          new MemberLogOutcomes(inquiries, new SqliteMemberLog(database, clock)), messages, clock);
      StaffPerformer performer = new StaffPerformer(config, desk);
      SecretaryDesk secretary = new SecretaryDesk(new StatsService(new SqliteInquiryHistory(database), messages),
          new SqliteMemberLog(database, clock), messages, cases.staffLanguage(), clock, config.dataDir().resolve("tmp"));
      SecretaryRouting staff = SecretaryRouting.over(config,
          new StaffGroupUpdates(desk, performer, probe.botUsername(), clock), secretary, desk, probe.botUsername());
      bot = new TelegramBot(config, webhook, database, new DeskFirst(desk, conversation, performer::perform), staff,
          (key, handOff) -> performer.perform(desk.handOff(key, handOff)), messages, clock);
      services.add(staff);
      services.add(new CaseTicker(desk, performer, clock, Duration.ofMinutes(1)));
      services.add(performer);
      texts.add(new CaseTexts(storage.cases()));
      log.info("cases go to staff group {} ({} mode)", cases.staffChatId(), cases.mode());
    }
    services.add(DailyPurge.start(new Retention(texts, retention, clock)));
    return new Wired(bot, services);
  }

  /** Triage timed for the search-latency histogram and counted by the kind of reply it chose. */
  private static BiFunction<String, Language, TriageResult> measured(Triage triage, BotMetrics metrics) {
    return (text, language) -> {
      long start = System.nanoTime();
      TriageResult result = triage.triage(text, language);
      metrics.searched(System.nanoTime() - start);
      metrics.answered(result.reply().getClass().getSimpleName().toLowerCase(Locale.ROOT));
      return result;
    };
  }

  /** Counts the conversation's hand-offs by reason. */
  private static EventHandler counted(EventHandler conversation, BotMetrics metrics) {
    return event -> {
      List<Action> actions = conversation.handle(event);
      actions.stream().filter(Action.HandOff.class::isInstance).map(Action.HandOff.class::cast)
          .forEach(h -> metrics.escalated(h.reason().name().toLowerCase(Locale.ROOT)));
      return actions;
    };
  }

  /** The cases settings from the environment, with STAFF_CHAT_ID and ADMIN_IDS also taken from the config file. */
  static CasesConfig casesConfig(Config config, Map<String, String> environment) {
    Map<String, String> env = new HashMap<>(environment);
    config.staffChatId().ifPresent(id -> env.putIfAbsent("STAFF_CHAT_ID", Long.toString(id)));
    if (!config.adminIds().isEmpty()) {
      env.putIfAbsent("ADMIN_IDS", config.adminIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
    try {
      return CasesConfig.fromEnvironment(env);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  /** Logs what the staff group lacks, and falls back to reply threads when it has no topics. */
  private static CasesConfig checked(CasesConfig cases, StaffGroupProbe.Result probe) {
    if (probe.rights().isEmpty()) {
      return cases;
    }
    StaffGroupCheck.Rights rights = probe.rights().get();
    StaffGroupCheck.problems(cases, rights).forEach(problem -> log.warn("staff group: {}", problem));
    if (cases.mode() == CasesConfig.StaffMode.FORUM && !rights.forum()) {
      log.warn("staff group {} has no topics: cases use reply threads", cases.staffChatId());
      return cases.withMode(CasesConfig.StaffMode.REPLIES);
    }
    return cases;
  }

  private static int retentionDays(Map<String, String> environment) {
    String days = environment.getOrDefault(RETENTION_DAYS, Integer.toString(Retention.DEFAULT_DAYS)).strip();
    try {
      int value = Integer.parseInt(days);
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ConfigException(RETENTION_DAYS + " is '" + days + "' but must be a number of days (0 or more).");
  }
}
