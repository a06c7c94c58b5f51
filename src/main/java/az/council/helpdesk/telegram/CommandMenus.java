package az.council.helpdesk.telegram;

import az.council.helpdesk.conversation.BotCommands;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/**
 * The {@code setMyCommands} calls for the command menu Telegram shows next to the text field: the
 * conversation's own list ({@link BotCommands}, the same one /help shows) in az, ru and en (picked by the
 * user's client language), and English as the default for every other language.
 */
final class CommandMenus {
  private CommandMenus() {}

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
    List<BotCommand> commands = BotCommands.descriptions(messages, language).entrySet().stream()
        .map(e -> new BotCommand(e.getKey(), e.getValue()))
        .toList();
    return SetMyCommands.builder().commands(commands).languageCode(code.orElse(null)).build();
  }
}
