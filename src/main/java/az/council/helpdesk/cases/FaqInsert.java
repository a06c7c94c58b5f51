package az.council.helpdesk.cases;

import az.council.helpdesk.conversation.Keyboard;
import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.faq.FaqEntry;
import az.council.helpdesk.triage.Triage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /faq <id or words>}: sends an FAQ answer to the user in the user's language and shows in the thread
 * exactly what was sent. An id sends at once; words go through the triage and the best matches come back as
 * buttons, one tap to send: what reaches a migrant cannot be taken back, and the triage is confident on one or
 * two words where a member means something else ("документы" → refugee documents, 0.93).
 */
final class FaqInsert {
  private static final int CHOICES = 3;
  private static final int LABEL_CHARS = 60;
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
    List<FaqEntry> best = triage.triage(query, c.language()).ranking().stream().limit(CHOICES).toList();
    if (best.isEmpty()) {
      return List.of(staff.answer(where, messageId, text.get("faq.none", query)));
    }
    Keyboard choices = new Keyboard(best.stream().map(e -> List.of(new Keyboard.Button(label(e),
        CaseButtons.sendFaq(c.id(), e.id())))).toList());
    return List.of(staff.answer(where, messageId, text.get("faq.choose"), choices));
  }

  /** The press on one of the offered entries. */
  List<StaffAction> chosen(Case c, Member member, String entryId) {
    return catalog.byId(entryId).map(e -> send(c, member, e)).orElse(List.of());
  }

  private String label(FaqEntry entry) {
    String question = entry.in(text.language()).question();
    String label = entry.id() + " — " + question;
    return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1) + "…";
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
