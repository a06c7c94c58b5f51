package az.council.helpdesk.conversation;

import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.faq.FaqEntry;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.profiles.Profiles;
import az.council.helpdesk.stats.InquiryLog;
import java.util.List;
import java.util.Optional;

/**
 * Button presses. The data is untrusted: it is parsed by {@link CallbackCodec} and every reference in it (an
 * entry, an inquiry, a pending question) is checked against the catalog, the inquiry log or the session. A
 * press that fails a check changes nothing and gets a polite "no longer valid" notice. Every press is
 * acknowledged exactly once, first.
 */
final class Presses {
  /** Unhelpful ratings in a row after which a member is offered. */
  static final int UNHELPFUL_BEFORE_OFFER = 2;

  private final FaqCatalog catalog;
  private final Messages messages;
  private final InquiryLog log;
  private final Profiles profiles;
  private final Sessions sessions;
  private final Menus menus;
  private final Replies replies;
  private final CitizenshipPicker citizenship;
  private final Commands commands;

  Presses(FaqCatalog catalog, Messages messages, InquiryLog log, Profiles profiles, Sessions sessions, Menus menus,
      Replies replies, CitizenshipPicker citizenship, Commands commands) {
    this.catalog = catalog;
    this.messages = messages;
    this.log = log;
    this.profiles = profiles;
    this.sessions = sessions;
    this.menus = menus;
    this.replies = replies;
    this.citizenship = citizenship;
    this.commands = commands;
  }

  void handle(Turn turn, Event.Press press) {
    Optional<Callback> callback = CallbackCodec.decode(press.data());
    // Decide on a copy of the actions: the acknowledgement must come first, and a refused press adds nothing.
    Turn inner = new Turn(press, turn.session(), turn.profile());
    Optional<String> notice = callback.isPresent() ? apply(inner, press, callback.get()) : Optional.of(stale(turn));
    turn.answerPress(press.callbackId(), notice);
    turn.profile(inner.profile());
    if (inner.isForgotten()) {
      turn.forgotten();
    }
    inner.actions().forEach(turn::add);
  }

  /** Carries out a parsed press; returns the toast to show, if any. */
  private Optional<String> apply(Turn turn, Event.Press press, Callback callback) {
    Language language = turn.language();
    int messageId = press.messageId();
    switch (callback) {
      case Callback.ChooseLanguage c -> {
        turn.profile(LanguagePolicy.choose(turn.profile(), c.language()));
        turn.edit(messageId, Screen.text(messages.get(c.language(), "chat.language.set")));
        if (turn.session().pending == Session.Pending.START_LANGUAGE) {
          turn.session().pending = Session.Pending.NONE;
          commands.welcome(turn, c.language());
        }
      }
      case Callback.TopicMenu c -> turn.edit(messageId, menus.topicMenu(language));
      case Callback.TopicPage c -> {
        if (c.page() >= menus.pages(c.topic())) {
          return Optional.of(stale(turn));
        }
        turn.edit(messageId, menus.topicPage(c.topic(), c.page(), language));
      }
      case Callback.MenuEntry c -> {
        Optional<FaqEntry> entry = catalog.byId(c.entryId());
        if (entry.isEmpty()) {
          return Optional.of(stale(turn));
        }
        replies.entry(turn, entry.get(), language, Optional.of(messageId));
      }
      case Callback.SeeAlso c -> {
        Optional<FaqEntry> entry = catalog.byId(c.entryId());
        if (entry.isEmpty()) {
          return Optional.of(stale(turn));
        }
        replies.entry(turn, entry.get(), turn.session().lastAnswerLanguage.orElse(language), Optional.empty());
      }
      case Callback.PickSuggestion c -> {
        Optional<Session.Offer> offer = turn.session().inquiry(c.inquiryId());
        Optional<FaqEntry> entry = offer.filter(o -> c.index() < o.entryIds.size())
            .flatMap(o -> catalog.byId(o.entryIds.get(c.index())));
        if (entry.isEmpty()) {
          return Optional.of(stale(turn));
        }
        replies.suggestion(turn, c.inquiryId(), offer.get(), entry.get());
      }
      case Callback.Rate c -> {
        return rate(turn, c);
      }
      case Callback.TalkToMember c ->
          replies.handOff(turn, language, Action.HandOff.Reason.USER_ASKED, Optional.empty(), true);
      case Callback.MemberOffer c -> {
        if (turn.session().pending != Session.Pending.MEMBER_OFFER) {
          return Optional.of(stale(turn));
        }
        turn.session().pending = Session.Pending.NONE;
        turn.edit(messageId, Screen.text(messages.get(language, c.accepted() ? "chat.offer.accepted" : "chat.offer.declined")));
        if (c.accepted()) {
          replies.handOff(turn, language, Action.HandOff.Reason.UNHELPFUL_ANSWERS, Optional.empty(), false);
        }
      }
      case Callback.Citizenship c -> {
        Optional<Screen> done = citizenship.choose(turn, c.choice());
        if (done.isEmpty()) {
          return Optional.of(stale(turn));
        }
        turn.edit(messageId, done.get());
      }
      case Callback.Forget c -> {
        return forget(turn, messageId, c.confirmed());
      }
    }
    return Optional.empty();
  }

  /**
   * The inquiry log refuses a rating of an inquiry that is not this person's; that is the server-side check
   * forged data cannot pass. The session counts unhelpful answers in a row, each inquiry once.
   */
  private Optional<String> rate(Turn turn, Callback.Rate rate) {
    Optional<Session.Offer> offer = turn.session().inquiry(rate.inquiryId());
    Language language = offer.map(o -> o.language).orElse(turn.language());
    if (!log.rate(rate.inquiryId(), turn.userId(), rate.helpful())) {
      return Optional.of(stale(turn));
    }
    Session session = turn.session();
    if (offer.isPresent() && !offer.get().rated) {
      offer.get().rated = true;
      session.unhelpfulInARow = rate.helpful() ? 0 : session.unhelpfulInARow + 1;
      if (session.unhelpfulInARow >= UNHELPFUL_BEFORE_OFFER) {
        session.unhelpfulInARow = 0;
        session.pending = Session.Pending.MEMBER_OFFER;
        turn.send(new Screen(messages.get(language, "chat.offer.ask"), Keyboard.of(List.of(
            Menus.button(messages.get(language, "chat.button.offerYes"), new Callback.MemberOffer(true)),
            Menus.button(messages.get(language, "chat.button.offerNo"), new Callback.MemberOffer(false))))));
      }
    }
    return Optional.of(messages.get(language, rate.helpful() ? "chat.rated.helpful" : "chat.rated.unhelpful"));
  }

  private Optional<String> forget(Turn turn, int messageId, boolean confirmed) {
    if (turn.session().pending != Session.Pending.FORGET) {
      return Optional.of(stale(turn));
    }
    Language language = turn.language();
    turn.session().pending = Session.Pending.NONE;
    if (confirmed) {
      profiles.delete(turn.userId());
      log.forget(turn.userId());
      sessions.forget(turn.userId());
      turn.forgotten();
    }
    turn.edit(messageId, Screen.text(messages.get(language, confirmed ? "chat.forget.done" : "chat.forget.kept")));
    return Optional.empty();
  }

  private String stale(Turn turn) {
    return messages.get(turn.language(), "chat.stale");
  }
}
