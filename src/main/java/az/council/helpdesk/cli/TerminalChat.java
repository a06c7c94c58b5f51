package az.council.helpdesk.cli;

import az.council.helpdesk.conversation.Action;
import az.council.helpdesk.conversation.Event;
import az.council.helpdesk.conversation.EventHandler;
import az.council.helpdesk.conversation.Keyboard;
import az.council.helpdesk.conversation.Sender;
import az.council.helpdesk.conversation.TextSplitter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conversation in a terminal: each line becomes an event, each action is printed. Buttons are numbered
 * ("[1] Helpful  [2] Not helpful"); typing a number presses the button of that number from the latest
 * output that had buttons. {@code ::photo caption} and the like stand in for media, {@code /quit} leaves.
 */
final class TerminalChat {
  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
  private static final Pattern MEDIA = Pattern.compile("::([a-z]+)\\s*(.*)");

  private record Choice(int messageId, String data) {}

  private final EventHandler conversation;
  private final Sender sender;
  private final Clock clock;
  private final PrintWriter out;
  private final List<Choice> choices = new ArrayList<>();
  private int nextMessageId = 1;
  private int nextCallbackId = 1;

  TerminalChat(EventHandler conversation, Sender sender, Clock clock, PrintWriter out) {
    this.conversation = conversation;
    this.sender = sender;
    this.clock = clock;
    this.out = out;
  }

  /** Starts as Telegram does (with /start), then reads lines until end of input or /quit. */
  void run(BufferedReader in) throws IOException {
    out.println("Chat with the helpdesk bot. Type a question or a /command; a number presses a button;");
    out.println("::photo, ::sticker, ::voice, ::document, ::location send a stand-in for media; /quit leaves.");
    out.println();
    show(conversation.handle(new Event.Command(sender, clock.instant(), nextMessageId++, "start", "")));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String input = line.strip();
      if (input.isEmpty()) {
        continue;
      }
      if (input.equals("/quit") || input.equals("/exit")) {
        break;
      }
      Optional<Event> event = event(input);
      if (event.isPresent()) {
        out.println("you: " + input);
        show(conversation.handle(event.get()));
      }
      out.flush();
    }
    out.println("Bye.");
    out.flush();
  }

  private Optional<Event> event(String input) {
    if (NUMBER.matcher(input).matches() && !choices.isEmpty()) {
      int number = Integer.parseInt(input);
      if (number < 1 || number > choices.size()) {
        out.println("(there is no button " + number + "; the buttons above are numbered 1 to " + choices.size() + ")");
        return Optional.empty();
      }
      Choice choice = choices.get(number - 1);
      return Optional.of(new Event.Press(sender, clock.instant(), "press-" + nextCallbackId++, choice.messageId(),
          choice.data()));
    }
    Matcher media = MEDIA.matcher(input);
    if (media.matches()) {
      Event.Media.Kind kind = kind(media.group(1));
      String caption = media.group(2).strip();
      return Optional.of(new Event.Media(sender, clock.instant(), nextMessageId++, kind,
          caption.isEmpty() ? Optional.empty() : Optional.of(caption)));
    }
    if (input.startsWith("/") && input.length() > 1) {
      String[] parts = input.substring(1).split("\\s+", 2);
      String name = parts[0].split("@", 2)[0].toLowerCase(Locale.ROOT);
      return Optional.of(new Event.Command(sender, clock.instant(), nextMessageId++, name,
          parts.length > 1 ? parts[1].strip() : ""));
    }
    return Optional.of(new Event.Text(sender, clock.instant(), nextMessageId++, input));
  }

  private static Event.Media.Kind kind(String name) {
    for (Event.Media.Kind kind : Event.Media.Kind.values()) {
      if (kind.name().equalsIgnoreCase(name)) {
        return kind;
      }
    }
    return Event.Media.Kind.OTHER;
  }

  private void show(List<Action> actions) {
    boolean newButtons = actions.stream().anyMatch(a -> a instanceof Action.Send s && !s.keyboard().isEmpty()
        || a instanceof Action.Edit e && !e.keyboard().isEmpty());
    if (newButtons) {
      choices.clear();
    }
    for (Action action : actions) {
      switch (action) {
        case Action.Send s -> {
          List<String> parts = TextSplitter.split(s.text());
          for (int i = 0; i < parts.size(); i++) {
            int id = nextMessageId++;
            message("bot", parts.get(i), i == parts.size() - 1 ? s.keyboard() : Keyboard.NONE, id);
          }
        }
        case Action.Edit e -> message("bot (edits message #" + e.messageId() + ")", e.text(), e.keyboard(), e.messageId());
        case Action.AnswerPress p -> p.notice().ifPresent(n -> out.println("bot (notice): " + n));
        case Action.HandOff h -> out.println("→ handed to a Council member (reason " + h.reason()
            + h.urgency().map(u -> ", urgency " + u).orElse("") + "); in Telegram a case opens in the staff group");
      }
    }
    out.println();
  }

  private void message(String who, String text, Keyboard keyboard, int messageId) {
    out.println(who + ": " + text.replace("\n", "\n     "));
    for (List<Keyboard.Button> row : keyboard.rows()) {
      StringBuilder line = new StringBuilder("     ");
      for (Keyboard.Button button : row) {
        choices.add(new Choice(messageId, button.data()));
        line.append('[').append(choices.size()).append("] ").append(button.label()).append("  ");
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
