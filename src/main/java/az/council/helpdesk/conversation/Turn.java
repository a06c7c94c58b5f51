package az.council.helpdesk.conversation;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.profiles.Profile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One event being handled: who sent it, their session and profile, and the actions collected so far. */
final class Turn {
  private final Event event;
  private final Session session;
  private Profile profile;
  private boolean forgotten;
  private final List<Action> actions = new ArrayList<>();

  Turn(Event event, Session session, Profile profile) {
    this.event = event;
    this.session = session;
    this.profile = profile;
  }

  Event event() {
    return event;
  }

  long userId() {
    return event.sender().userId();
  }

  long chatId() {
    return event.sender().chatId();
  }

  Instant now() {
    return event.at();
  }

  Session session() {
    return session;
  }

  Profile profile() {
    return profile;
  }

  void profile(Profile changed) {
    this.profile = changed;
  }

  /** The person's language setting: menus, notices and commands speak it. */
  Language language() {
    return profile.language();
  }

  /** After /forget nothing about the person may be written back. */
  void forgotten() {
    this.forgotten = true;
  }

  boolean isForgotten() {
    return forgotten;
  }

  void send(Screen screen) {
    actions.add(new Action.Send(chatId(), screen.text(), screen.keyboard()));
  }

  /** Replaces the pressed message, or sends anew when the text is too long for one message. */
  void edit(int messageId, Screen screen) {
    if (screen.text().length() > TextSplitter.TELEGRAM_LIMIT) {
      send(screen);
    } else {
      actions.add(new Action.Edit(chatId(), messageId, screen.text(), screen.keyboard()));
    }
  }

  void answerPress(String callbackId, Optional<String> notice) {
    actions.add(new Action.AnswerPress(callbackId, notice));
  }

  void add(Action action) {
    actions.add(action);
  }

  List<Action> actions() {
    return List.copyOf(actions);
  }
}
