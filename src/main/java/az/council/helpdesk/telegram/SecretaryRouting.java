package az.council.helpdesk.telegram;

import az.council.helpdesk.cases.CaseDesk;
import az.council.helpdesk.config.Config;
import az.council.helpdesk.conversation.Action;
import az.council.helpdesk.stats.desk.Place;
import az.council.helpdesk.stats.desk.SecretaryDesk;
import az.council.helpdesk.stats.desk.SecretaryEvent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * In the staff group, {@code /stats}, {@code /export} and {@code /log} (and their buttons and typed country
 * names) go to the secretary's desk; everything else goes on to the cases desk. Roles come from the cases
 * roster, so the same people and roles serve both.
 */
public final class SecretaryRouting implements StaffUpdates, AutoCloseable {
  private static final Pattern COMMAND = Pattern.compile("/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\\s+(.*))?",
      Pattern.DOTALL);
  private final StaffUpdates cases;
  private final SecretaryDesk secretary;
  private final SecretaryGateway gateway;
  private final CaseDesk roster;
  private final Optional<String> botUsername;
  private final Optional<AutoCloseable> http;

  SecretaryRouting(StaffUpdates cases, SecretaryDesk secretary, SecretaryGateway gateway, CaseDesk roster,
      Optional<String> botUsername, Optional<AutoCloseable> http) {
    this.cases = cases;
    this.secretary = secretary;
    this.gateway = gateway;
    this.roster = roster;
    this.botUsername = botUsername;
    this.http = http;
  }

  /** Over its own HTTP client, configured like the adapter's: exports upload files and must not hold up answers. */
  public static SecretaryRouting over(Config config, StaffUpdates cases, SecretaryDesk secretary, CaseDesk roster,
      Optional<String> botUsername) {
    TelegramHttp http = new TelegramHttp(config.timeouts());
    SecretaryGateway gateway = new SecretaryGateway(new OkHttpTelegramClient(http.calls, config.requireToken().reveal(),
        new TelegramUrl(config.api().scheme(), config.api().host(), config.api().port(), false)));
    return new SecretaryRouting(cases, secretary, gateway, roster, botUsername, Optional.of(http));
  }

  @Override
  public void close() throws Exception {
    if (http.isPresent()) {
      http.get().close();
    }
  }

  @Override
  public List<Action> handle(Update update) throws Exception {
    Optional<SecretaryEvent> event = event(update);
    if (event.isPresent()) {
      gateway.execute(secretary.handle(event.get()));
      return List.of();
    }
    return cases.handle(update);
  }

  private Optional<SecretaryEvent> event(Update update) {
    if (update.getCallbackQuery() != null) {
      CallbackQuery q = update.getCallbackQuery();
      if (q.getData() == null || !SecretaryDesk.ownsButton(q.getData()) || !(q.getMessage() instanceof Message m)) {
        return Optional.empty();
      }
      long user = q.getFrom().getId();
      return Optional.of(new SecretaryEvent.Press(user, roster.roleOf(user), place(m), m.getMessageId(), q.getId(),
          q.getData()));
    }
    Message m = update.getMessage();
    if (m == null || m.getText() == null || m.getFrom() == null) {
      return Optional.empty();
    }
    long user = m.getFrom().getId();
    Matcher command = COMMAND.matcher(m.getText().strip());
    if (command.matches()) {
      String name = command.group(1).toLowerCase(Locale.ROOT);
      boolean forUs = command.group(2) == null
          || botUsername.map(b -> b.equalsIgnoreCase(command.group(2))).orElse(true);
      if (forUs && SecretaryDesk.COMMANDS.contains(name)) {
        String argument = command.group(3) == null ? "" : command.group(3).strip();
        return Optional.of(new SecretaryEvent.Command(user, roster.roleOf(user), place(m), name, argument));
      }
      return Optional.empty();
    }
    if (secretary.awaitsText(user)) {
      return Optional.of(new SecretaryEvent.Text(user, roster.roleOf(user), place(m), m.getText()));
    }
    return Optional.empty();
  }

  private static Place place(Message m) {
    return Boolean.TRUE.equals(m.getIsTopicMessage()) && m.getMessageThreadId() != null
        ? Place.topic(m.getChatId(), m.getMessageThreadId())
        : Place.chat(m.getChatId());
  }
}
