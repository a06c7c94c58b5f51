package az.council.helpdesk.conversation;

import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.faq.FaqEntry;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.triage.Reply;
import az.council.helpdesk.triage.ReplyText;
import az.council.helpdesk.triage.Urgency;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How each kind of reply looks: the text (plain, exactly as the FAQ has it) and its buttons. Every answer
 * carries helpful / not helpful, up to three "see also" entries and "Talk to a member".
 */
final class AnswerView {
  static final int SEE_ALSO = 3;

  private final FaqCatalog catalog;
  private final Messages messages;
  private final ReplyText replyText;
  private final Menus menus;

  AnswerView(FaqCatalog catalog, Messages messages, Menus menus) {
    this.catalog = catalog;
    this.messages = messages;
    this.replyText = new ReplyText(catalog, messages);
    this.menus = menus;
  }

  /**
   * An entry's answer rated as {@code inquiryId}; {@code back} adds a button to the topic page it came from
   * (when the answer replaced a menu).
   */
  Screen answer(FaqEntry entry, Language language, long inquiryId, Optional<Callback.TopicPage> back) {
    List<List<Keyboard.Button>> rows = new ArrayList<>();
    rows.add(List.of(
        Menus.button(messages.get(language, "chat.button.helpful"), new Callback.Rate(inquiryId, true)),
        Menus.button(messages.get(language, "chat.button.unhelpful"), new Callback.Rate(inquiryId, false))));
    for (FaqEntry also : catalog.seeAlso(entry).stream().limit(SEE_ALSO).toList()) {
      rows.add(List.of(Menus.button(messages.get(language, "chat.button.seeAlso", also.in(language).question()),
          new Callback.SeeAlso(also.id()))));
    }
    rows.add(List.of(menus.memberButton(language)));
    back.ifPresent(page -> rows.add(List.of(Menus.button(messages.get(language, "chat.button.back"), page))));
    return new Screen(entry.in(language).answer(), new Keyboard(rows));
  }

  /** "Did you mean…": the candidates numbered in the text, one button each, and a member. */
  Screen suggestions(List<FaqEntry> candidates, Language language, long inquiryId) {
    List<List<Keyboard.Button>> rows = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      rows.add(List.of(Menus.button((i + 1) + ". " + candidates.get(i).in(language).question(),
          new Callback.PickSuggestion(inquiryId, i))));
    }
    rows.add(List.of(menus.memberButton(language)));
    return new Screen(replyText.render(new Reply.Suggestions(candidates), language), new Keyboard(rows));
  }

  Screen outOfScope(Language language) {
    List<List<Keyboard.Button>> rows = new ArrayList<>(menus.topicKeyboard(language).rows());
    rows.add(List.of(menus.memberButton(language)));
    return new Screen(messages.get(language, "triage.outOfScope"), new Keyboard(rows));
  }

  /** A message the bot cannot read: the request in three languages, the emergency numbers, a member. */
  Screen unreadable(Language language) {
    return new Screen(replyText.unreadable(language), Keyboard.of(List.of(menus.memberButton(language))));
  }

  /** Before an answer to a frightened message: the emergency contacts and a member, one tap away. */
  Screen distress(Language language) {
    return new Screen(replyText.distress(language), Keyboard.of(List.of(menus.memberButton(language))));
  }

  /** The emergency contacts at once; related entries, if any, as buttons. */
  Screen urgent(Urgency reason, List<FaqEntry> related, Language language) {
    List<List<Keyboard.Button>> rows = new ArrayList<>();
    for (FaqEntry entry : related.stream().limit(SEE_ALSO).toList()) {
      rows.add(List.of(Menus.button(entry.in(language).question(), new Callback.SeeAlso(entry.id()))));
    }
    return new Screen(replyText.urgent(reason, language), new Keyboard(rows));
  }
}
