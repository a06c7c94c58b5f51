package az.council.helpdesk.conversation;

import az.council.helpdesk.faq.FaqEntry;
import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.stats.Inquiry;
import az.council.helpdesk.stats.InquiryLog;
import az.council.helpdesk.triage.DistressCues;
import az.council.helpdesk.triage.QuestionText;
import az.council.helpdesk.triage.Reply;
import az.council.helpdesk.triage.TriageResult;
import az.council.helpdesk.triage.Urgency;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Answers: a typed question through the triage, or an entry picked from a menu, "see also" or "Did you
 * mean…". Each answer shown is logged as an inquiry (its id is what the rating buttons carry), and the first
 * one is followed by the one-time citizenship question.
 */
final class Replies {
  private final BiFunction<String, Language, TriageResult> triage;
  private final Messages messages;
  private final InquiryLog log;
  private final AnswerView view;
  private final Menus menus;
  private final CitizenshipPicker citizenship;

  Replies(BiFunction<String, Language, TriageResult> triage, Messages messages, InquiryLog log, AnswerView view,
      Menus menus, CitizenshipPicker citizenship) {
    this.triage = triage;
    this.messages = messages;
    this.log = log;
    this.view = view;
    this.menus = menus;
    this.citizenship = citizenship;
  }

  /** A question typed (or captioned, or edited): answered at once, in the language it was written in. */
  void question(Turn turn, String text) {
    TriageResult result = triage.apply(text, turn.language());
    turn.profile(LanguagePolicy.afterQuestion(turn.profile(), result));
    turn.session().question(text);
    Language language = result.language();
    if (QuestionText.clean(text).length() > QuestionText.SEARCH_CHARS) {
      turn.send(Screen.text(messages.get(language, "chat.longText", QuestionText.SEARCH_CHARS)));
    }
    if (!(result.reply() instanceof Reply.Urgent) && DistressCues.in(text)) {
      turn.send(view.distress(language));
    }
    switch (result.reply()) {
      case Reply.Answer a -> {
        long id = record(turn, language, Optional.of(a.entry()), true, false);
        turn.session().remember(id, language, List.of(a.entry().id()));
        turn.send(view.answer(a.entry(), language, id, Optional.empty()));
        askCitizenshipOnce(turn, language);
      }
      case Reply.Suggestions s -> {
        long id = record(turn, language, s.candidates().stream().findFirst(), false, false, Optional.of(text));
        turn.session().remember(id, language, s.candidates().stream().map(FaqEntry::id).toList());
        turn.send(view.suggestions(s.candidates(), language, id));
      }
      case Reply.OutOfScope o -> {
        record(turn, language, Optional.empty(), false, false, Optional.of(text));
        turn.send(view.outOfScope(language));
      }
      case Reply.Unreadable u -> {
        // Logged like a question out of scope; its text shows the Council which languages people write in.
        record(turn, language, Optional.empty(), false, false, Optional.of(text));
        turn.send(view.unreadable(language));
      }
      case Reply.Urgent u -> {
        record(turn, language, u.related().stream().findFirst(), false, true);
        turn.send(view.urgent(u.reason(), u.related(), language));
        handOff(turn, language, Action.HandOff.Reason.URGENT, Optional.of(u.reason()), false);
      }
    }
  }

  /** An entry the person picked from a topic page or "see also": a new inquiry in the menu language. */
  void entry(Turn turn, FaqEntry entry, Language language, Optional<Integer> replacing) {
    long id = record(turn, language, Optional.of(entry), true, false);
    turn.session().remember(id, language, List.of(entry.id()));
    replacing.ifPresentOrElse(
        messageId -> turn.edit(messageId, view.answer(entry, language, id,
            Optional.of(new Callback.TopicPage(entry.topic(), menus.pageOf(entry))))),
        () -> turn.send(view.answer(entry, language, id, Optional.empty())));
    askCitizenshipOnce(turn, language);
  }

  /** A "Did you mean…" candidate: answers the original inquiry, so its rating counts for that question. */
  void suggestion(Turn turn, long inquiryId, Session.Offer offer, FaqEntry entry) {
    turn.send(view.answer(entry, offer.language, inquiryId, Optional.empty()));
    askCitizenshipOnce(turn, offer.language);
  }

  /**
   * Hands the person to a member. A short acknowledgement goes out at once (the urgent notice already says
   * it), so nobody waits in silence; the cases feature adds the case details and working hours.
   */
  void handOff(Turn turn, Language language, Action.HandOff.Reason reason, Optional<Urgency> urgency,
      boolean acknowledge) {
    if (acknowledge) {
      turn.send(Screen.text(messages.get(language, "chat.handoff.ack")));
    }
    turn.add(new Action.HandOff(turn.userId(), turn.chatId(), language, reason, urgency,
        turn.session().recentQuestions()));
  }

  private void askCitizenshipOnce(Turn turn, Language language) {
    if (turn.profile().citizenshipAsked()) {
      return;
    }
    turn.profile(turn.profile().withCitizenshipAsked());
    if (log.citizenshipOf(turn.userId()).isEmpty()) {
      turn.send(citizenship.prompt(language));
    }
  }

  private long record(Turn turn, Language language, Optional<FaqEntry> entry, boolean confident, boolean escalated) {
    return record(turn, language, entry, confident, escalated, Optional.empty());
  }

  /**
   * Logs an inquiry. The text goes along only for questions the bot could not answer with confidence: they
   * are the content team's to-do list, and the log purges them after the retention period. Urgent messages
   * never keep their text here (the case holds what a member needs).
   */
  private long record(Turn turn, Language language, Optional<FaqEntry> entry, boolean confident, boolean escalated,
      Optional<String> question) {
    Optional<Topic> topic = entry.map(FaqEntry::topic);
    Inquiry inquiry = new Inquiry(turn.now(), turn.userId(), language, topic, entry.map(FaqEntry::id), confident,
        escalated, Inquiry.Source.BOT);
    inquiry = question.map(inquiry::withQuestion).orElse(inquiry);
    // What the inquiry answers, so a replayed update finds it logged. An edit re-asks the same message: one inquiry.
    inquiry = switch (turn.event()) {
      case Event.Text t -> inquiry.from(turn.chatId(), t.messageId());
      case Event.Edited e -> inquiry.from(turn.chatId(), e.messageId());
      case Event.Press p -> inquiry.fromPress(p.callbackId());
      default -> inquiry;
    };
    return log.record(inquiry);
  }
}
