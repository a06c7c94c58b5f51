package az.council.helpdesk.conversation;

import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.faq.FaqEntry;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.triage.Reply;
import az.council.helpdesk.triage.TriageResult;
import az.council.helpdesk.triage.Urgency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The triage's verdicts, scripted per question text, so the conversation tests do not depend on the
 * engine's calibration. Unscripted text is out of scope in the fallback language, not clearly written.
 */
final class ScriptedTriage implements BiFunction<String, Language, TriageResult> {
  private final FaqCatalog catalog;
  private final Map<String, TriageResult> verdicts = new HashMap<>();
  final List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());

  ScriptedTriage(FaqCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public TriageResult apply(String text, Language fallback) {
    seen.add(text);
    TriageResult scripted = verdicts.get(text);
    return scripted != null ? scripted : new TriageResult(fallback, false, new Reply.OutOfScope(), 0.1, List.of());
  }

  /** {@code text} is a clear question in {@code language} answered by {@code entryId}. */
  String answer(String text, Language language, String entryId) {
    FaqEntry entry = entry(entryId);
    verdicts.put(text, new TriageResult(language, true, new Reply.Answer(entry), 0.9, List.of(entry)));
    return text;
  }

  /** Same, but too short to switch the user's language. */
  String answerUnclear(String text, Language language, String entryId) {
    FaqEntry entry = entry(entryId);
    verdicts.put(text, new TriageResult(language, false, new Reply.Answer(entry), 0.9, List.of(entry)));
    return text;
  }

  String suggest(String text, Language language, String... ids) {
    List<FaqEntry> entries = Arrays.stream(ids).map(this::entry).toList();
    verdicts.put(text, new TriageResult(language, true, new Reply.Suggestions(entries), 0.4, entries));
    return text;
  }

  String outOfScope(String text, Language language) {
    verdicts.put(text, new TriageResult(language, true, new Reply.OutOfScope(), 0.05, List.of()));
    return text;
  }

  String urgent(String text, Language language, Urgency urgency, String... related) {
    List<FaqEntry> entries = Arrays.stream(related).map(this::entry).toList();
    verdicts.put(text, new TriageResult(language, true, new Reply.Urgent(urgency, entries), 0.5, entries));
    return text;
  }

  private FaqEntry entry(String id) {
    return catalog.byId(id).orElseThrow();
  }
}
