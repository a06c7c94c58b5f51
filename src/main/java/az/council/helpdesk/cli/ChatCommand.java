package az.council.helpdesk.cli;

import az.council.helpdesk.conversation.Conversation;
import az.council.helpdesk.conversation.Sender;
import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.profiles.SqliteProfiles;
import az.council.helpdesk.store.Database;
import az.council.helpdesk.triage.Triage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chat}: the bot's conversation in the terminal, so anyone can try it without a Telegram token.
 * Profiles are stored in the data directory like the bot's; the inquiry log is kept in memory only.
 */
@Command(name = "chat", mixinStandardHelpOptions = true,
    description = "Talk to the bot in the terminal (no Telegram needed): buttons appear as numbered choices.")
final class ChatCommand implements Callable<Integer> {
  @Mixin FaqOption faq;

  @Option(names = "--lang", paramLabel = "az|ru|en",
      description = "The Telegram client language to pretend (default: none, so /start shows the language menu).")
  String lang;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:HELPDESK_DATA_DIR:-data}",
      description = "Data directory with the database (default: ${DEFAULT-VALUE}; env HELPDESK_DATA_DIR)")
  Path data;

  @Option(names = "--user", paramLabel = "ID", defaultValue = "1",
      description = "The Telegram user id to pretend (default: ${DEFAULT-VALUE}).")
  long user;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Optional<Language> client = Optional.ofNullable(lang).map(tag -> Language.fromTag(tag)
        .filter(l -> l.tag().equals(tag.strip()))
        .orElseThrow(() -> new UserFacingException(ExitCode.USAGE, "--lang must be az, ru or en, not '" + tag + "'.")));
    FaqCatalog catalog = faq.catalog();
    if (catalog.size() == 0) {
      throw UserFacingException.config("No FAQ entries found in " + faq.folder().toAbsolutePath()
          + ". Run from the repository root or pass --faq DIR.");
    }
    Clock clock = Clock.systemUTC();
    try (Database database = Database.open(data)) {
      Conversation conversation = new Conversation(Triage.over(catalog, 1_000), catalog, new Messages(),
          new SqliteProfiles(database), new TerminalInquiryLog(), clock);
      Sender sender = new Sender(user, user, client.map(Language::tag));
      new TerminalChat(conversation, sender, clock, spec.commandLine().getOut())
          .run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    }
    return ExitCode.OK;
  }
}
