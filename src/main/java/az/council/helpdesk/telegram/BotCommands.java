package az.council.helpdesk.telegram;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/**
 * The command menu Telegram shows next to the text field, in az, ru and en (picked by the user's client
 * language) and a default for every other language (English). Descriptions come from the message bundles,
 * keys {@code commands.<name>}.
 */
final class BotCommands {
  static final List<String> NAMES = List.of("start", "language", "topics", "help", "human", "forget", "privacy",
      "cancel");

  private BotCommands() {}

  /** One {@code setMyCommands} call per language, then the default (no language code). */
  static List<SetMyCommands> requests(Messages messages) {
    List<SetMyCommands> requests = new ArrayList<>();
    for (Language language : Language.values()) {
      requests.add(request(messages, language, Optional.of(language.tag())));
    }
    requests.add(request(messages, Language.EN, Optional.empty()));
    return requests;
  }

  private static SetMyCommands request(Messages messages, Language language, Optional<String> code) {
    List<BotCommand> commands = NAMES.stream()
        .map(name -> new BotCommand(name, messages.get(language, "commands." + name)))
        .toList();
    return SetMyCommands.builder().commands(commands).languageCode(code.orElse(null)).build();
  }
}
