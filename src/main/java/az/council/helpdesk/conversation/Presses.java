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
  private final Menus menus;
  private final Replies replies;
  private final CitizenshipPicker citizenship;
  private final Commands commands;

  Presses(FaqCatalog catalog, Messages messages, InquiryLog log, Profiles profiles, Menus menus,
      Replies replies, CitizenshipPicker citizenship, Commands commands) {
    this.catalog = catalog;
    this.messages = messages;
    this.log = log;
    this.profiles = profiles;
    this.menus = menus;
    this.replies = replies;
    this.citizenship = citizenship;
    this.commands = commands;
  }

  void handle(Turn turn, Event.Press press) {
    Optional<Callback> callback = CallbackCodec.decode(press.data());
    // Decide on a copy of the actions: the acknowledgement must come first, and a refused press adds nothing.
    Turn inner = new Turn(press, turn.session(), turn.profile());
    Optional<String> notice = callback.isPresent() ? apply(inner, press, callback.get()) : stale(turn);
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
    return switch (callback) {
      case Callback.ChooseLanguage c -> chooseLanguage(turn, messageId, c.language());
      case Callback.TopicMenu c -> done(() -> turn.edit(messageId, menus.topicMenu(language)));
      case Callback.TopicPage c -> c.page() >= menus.pages(c.topic()) ? stale(turn)
          : done(() -> turn.edit(messageId, menus.topicPage(c.topic(), c.page(), language)));
      case Callback.MenuEntry c -> entry(turn, c.entryId(), language, Optional.of(messageId));
      case Callback.SeeAlso c ->
          entry(turn, c.entryId(), turn.session().lastAnswerLanguage.orElse(language), Optional.empty());
      case Callback.PickSuggestion c -> suggestion(turn, c);
      case Callback.Rate c -> rate(turn, c);
      case Callback.TalkToMember c -> done(() ->
          replies.handOff(turn, language, Action.HandOff.Reason.USER_ASKED, Optional.empty(), true));
      case Callback.MemberOffer c -> memberOffer(turn, messageId, c.accepted());
      case Callback.Citizenship c -> citizenship.choose(turn, c.choice())
          .map(screen -> done(() -> turn.edit(messageId, screen))).orElseGet(() -> stale(turn));
      case Callback.Forget c -> forget(turn, messageId, c.confirmed());
    };
  }

  private Optional<String> chooseLanguage(Turn turn, int messageId, Language language) {
    turn.profile(LanguagePolicy.choose(turn.profile(), language));
    turn.edit(messageId, Screen.text(messages.get(language, "chat.language.set")));
    if (turn.session().pending == Session.Pending.START_LANGUAGE) {
      turn.session().pending = Session.Pending.NONE;
      commands.welcome(turn, language);
    }
    return Optional.empty();
  }

  private Optional<String> entry(Turn turn, String entryId, Language language, Optional<Integer> replacing) {
    Optional<FaqEntry> entry = catalog.byId(entryId);
    if (entry.isEmpty()) {
      return stale(turn);
    }
    replies.entry(turn, entry.get(), language, replacing);
    return Optional.empty();
  }

  /** Valid only for a "Did you mean…" this session offered, so another user's inquiry id gets nowhere. */
  private Optional<String> suggestion(Turn turn, Callback.PickSuggestion pick) {
    Optional<Session.Offer> offer = turn.session().inquiry(pick.inquiryId());
    Optional<FaqEntry> entry = offer.filter(o -> pick.index() < o.entryIds.size())
        .flatMap(o -> catalog.byId(o.entryIds.get(pick.index())));
    if (entry.isEmpty()) {
      return stale(turn);
    }
    replies.suggestion(turn, pick.inquiryId(), offer.get(), entry.get());
    return Optional.empty();
  }

  private Optional<String> memberOffer(Turn turn, int messageId, boolean accepted) {
    if (turn.session().pending != Session.Pending.MEMBER_OFFER) {
      return stale(turn);
    }
    Language language = turn.language();
    turn.session().pending = Session.Pending.NONE;
    turn.edit(messageId, Screen.text(messages.get(language, accepted ? "chat.offer.accepted" : "chat.offer.declined")));
    if (accepted) {
      replies.handOff(turn, language, Action.HandOff.Reason.UNHELPFUL_ANSWERS, Optional.empty(), false);
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
      return stale(turn);
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
      return stale(turn);
    }
    Language language = turn.language();
    turn.session().pending = Session.Pending.NONE;
    if (confirmed) {
      profiles.delete(turn.userId());
      log.forget(turn.userId());
      turn.session().reset();
      turn.forgotten();
    }
    turn.edit(messageId, Screen.text(messages.get(language, confirmed ? "chat.forget.done" : "chat.forget.kept")));
    return Optional.empty();
  }

  private Optional<String> stale(Turn turn) {
    return Optional.of(messages.get(turn.language(), "chat.stale"));
  }

  private static Optional<String> done(Runnable work) {
    work.run();
    return Optional.empty();
  }
}
