package az.council.helpdesk.cases;

import az.council.helpdesk.conversation.Keyboard;
import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.faq.FaqEntry;
import az.council.helpdesk.triage.Reply;
import az.council.helpdesk.triage.Triage;
import az.council.helpdesk.triage.TriageResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /faq <id or words>}: sends an FAQ answer to the user in the user's language and shows in the thread
 * exactly what was sent. Words go through the triage; unless it is confident, the member picks from the best
 * matches by id.
 */
final class FaqInsert {
  private static final int CHOICES = 3;
  private final FaqCatalog catalog;
  private final Triage triage;
  private final CaseStore cases;
  private final StaffChat staff;
  private final Claims claims;
  private final CaseText userText;
  private final StaffText text;
  private final Clock clock;

  FaqInsert(FaqCatalog catalog, Triage triage, CaseStore cases, StaffChat staff, Claims claims, CaseText userText,
      StaffText text, Clock clock) {
    this.catalog = catalog;
    this.triage = triage;
    this.cases = cases;
    this.staff = staff;
    this.claims = claims;
    this.userText = userText;
    this.text = text;
    this.clock = clock;
  }

  List<StaffAction> insert(Case c, Member member, String query, Placement where, int messageId) {
    if (query.isBlank()) {
      return List.of(staff.answer(where, messageId, text.get("faq.usage")));
    }
    Optional<FaqEntry> byId = catalog.byId(query.strip());
    if (byId.isPresent()) {
      return send(c, member, byId.get());
    }
    TriageResult result = triage.triage(query, c.language());
    if (result.reply() instanceof Reply.Answer answer) {
      return send(c, member, answer.entry());
    }
    List<FaqEntry> best = result.ranking().subList(0, Math.min(CHOICES, result.ranking().size()));
    if (best.isEmpty()) {
      return List.of(staff.answer(where, messageId, text.get("faq.none", query)));
    }
    StringBuilder choose = new StringBuilder(text.get("faq.choose"));
    best.forEach(e -> choose.append("\n• ").append(e.id()).append(" — ").append(e.in(text.language()).question()));
    return List.of(staff.answer(where, messageId, choose.toString()));
  }

  private List<StaffAction> send(Case c, Member member, FaqEntry entry) {
    String sent = userText.faqShared(c.language(), entry);
    List<StaffAction> actions = new ArrayList<>(claims.ensure(c, member));
    actions.add(new StaffAction.SendToUser(c.chatId(), sent, Keyboard.NONE, Optional.empty()));
    actions.add(staff.post(c, text.get("faq.sent", entry.id(), sent)));
    cases.memberReplied(c.id(), clock.instant());
    return actions;
  }
}
