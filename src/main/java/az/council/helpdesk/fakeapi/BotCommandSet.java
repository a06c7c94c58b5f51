package az.council.helpdesk.fakeapi;

import java.util.List;

/** The commands the bot set with {@code setMyCommands} for one scope (e.g. "default") and language ("" = all). */
public record BotCommandSet(String scope, String languageCode, List<Command> commands) {
  /** One command: {@code command} without the slash. */
  public record Command(String command, String description) {}
}
