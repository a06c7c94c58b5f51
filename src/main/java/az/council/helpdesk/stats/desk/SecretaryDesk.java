package az.council.helpdesk.stats.desk;

import az.council.helpdesk.cases.Role;
import az.council.helpdesk.conversation.Keyboard;
import az.council.helpdesk.conversation.TextSplitter;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.stats.CitizenshipNames;
import az.council.helpdesk.stats.MemberLog;
import az.council.helpdesk.stats.StatsLabels;
import az.council.helpdesk.stats.StatsPeriod;
import az.council.helpdesk.stats.StatsReport;
import az.council.helpdesk.stats.StatsService;
import az.council.helpdesk.stats.desk.SecretaryAction.AnswerPress;
import az.council.helpdesk.stats.desk.SecretaryAction.SendText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secretary's commands in Telegram: {@code /stats [period]} and {@code /export [period]} (secretary and
 * admins) and {@code /log} (every member). Everyone else is refused politely. Answers are in the staff language.
 * Thread-safe: calls are serialised, as the {@code /log} drafts live in memory.
 */
public final class SecretaryDesk {
  /** The commands this desk answers, lower case without the slash. */
  public static final Set<String> COMMANDS = Set.of("stats", "export", "log");

  private static final Logger LOG = LoggerFactory.getLogger(SecretaryDesk.class);

  private final StatsService stats;
  private final Language language;
  private final Messages messages;
  private final Clock clock;
  private final StatsExports exports;
  private final OfflineLogFlow flow;

  /**
   * @param staffLanguage the language of the staff group ({@code STAFF_LANGUAGE}, az by default)
   * @param scratch where export files are written, each export in a fresh subdirectory deleted after sending
   */
  public SecretaryDesk(StatsService stats, MemberLog log, Messages messages, Language staffLanguage, Clock clock,
      java.nio.file.Path scratch) {
    this.stats = stats;
    this.language = staffLanguage;
    this.messages = messages;
    this.clock = clock;
    this.exports = new StatsExports(stats, messages, staffLanguage, scratch);
    this.flow = new OfflineLogFlow(log, new LogScreens(messages, staffLanguage),
        new CitizenshipNames(new StatsLabels(messages)), clock);
  }

  /** Whether a callback query's data belongs to this desk (the router sends such presses here). */
  public static boolean ownsButton(String data) {
    return data.startsWith(LogButton.PREFIX);
  }

  /** Whether this person's next text message is a country name for {@code /log} (route it here if so). */
  public synchronized boolean awaitsText(long userId) {
    return flow.awaitsText(userId);
  }

  /** What to do about one event; never throws for bad input (bad data is refused with a message). */
  public synchronized List<SecretaryAction> handle(SecretaryEvent event) {
    return switch (event) {
      case SecretaryEvent.Command c -> command(c);
      case SecretaryEvent.Press p -> press(p);
      case SecretaryEvent.Text t -> allowed(t.role(), Role.MEMBER) ? flow.typed(t.userId(), t.place(), t.text())
          : List.of();
    };
  }

  private List<SecretaryAction> command(SecretaryEvent.Command command) {
    Role needed = command.name().equals("log") ? Role.MEMBER : Role.SECRETARY;
    if (!COMMANDS.contains(command.name())) {
      return List.of();
    }
    if (!allowed(command.role(), needed)) {
      LOG.info("refused /{} to user {} (role {})", command.name(), command.userId(),
          command.role().map(Role::id).orElse("none"));
      return text(command.place(), messages.get(language, "secretary.refused"));
    }
    if (command.name().equals("log")) {
      return flow.start(command.userId(), command.place());
    }
    Optional<StatsPeriod> period = command.argument().isBlank() ? Optional.of(stats.currentMonth(clock))
        : PeriodArgument.parse(command.argument());
    if (period.isEmpty()) {
      return text(command.place(), messages.get(language, "secretary.period.invalid", command.argument().strip()));
    }
    StatsReport report = stats.report(period.get());
    return command.name().equals("stats") ? statsText(command.place(), report)
        : exports.export(command.place(), report);
  }

  private List<SecretaryAction> statsText(Place place, StatsReport report) {
    String text = stats.text(report, language);
    if (report.inquiries() > 0 && isWholeYear(report.period())) {
      // A year's figures are what the annual report needs: add its paragraph, ready to paste.
      text = text + "\n\n" + messages.get(language, "secretary.stats.paragraph") + "\n"
          + stats.paragraph(report, language);
    }
    return text(place, text);
  }

  private static boolean isWholeYear(StatsPeriod period) {
    return period.from().getDayOfYear() == 1 && period.to().equals(period.from().plusYears(1).minusDays(1));
  }

  private List<SecretaryAction> press(SecretaryEvent.Press press) {
    Optional<LogButton> button = LogButton.decode(press.data());
    if (button.isEmpty()) {
      LOG.info("refused malformed button data from user {}", press.userId());
      return List.of(new AnswerPress(press.pressId(),
          Optional.of(messages.get(language, "secretary.button.invalid"))));
    }
    if (!allowed(press.role(), Role.MEMBER)) {
      LOG.info("refused a /log button to user {} (no staff role)", press.userId());
      return List.of(new AnswerPress(press.pressId(), Optional.of(messages.get(language, "secretary.refused"))));
    }
    return flow.press(press, button.get());
  }

  private static boolean allowed(Optional<Role> role, Role needed) {
    return role.filter(r -> r.atLeast(needed)).isPresent();
  }

  static List<SecretaryAction> text(Place place, String text) {
    List<SecretaryAction> actions = new ArrayList<>();
    for (String part : TextSplitter.split(text)) {
      actions.add(new SendText(place, part, Keyboard.NONE));
    }
    return List.copyOf(actions);
  }
}
