package az.council.helpdesk.triage;

import az.council.helpdesk.faq.FaqEntry;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.search.FaqIndex;
import az.council.helpdesk.search.FaqIndex.Group;
import az.council.helpdesk.search.LanguageDetector;
import az.council.helpdesk.search.Synonyms;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one question into a {@link TriageResult}: language, urgency (which wins over any FAQ match), the
 * ranked entries, a calibrated confidence and the reply. Thread-safe; repeated questions come from a cache.
 */
public final class Triage {
  static final int CANDIDATES = 10;
  static final int SUGGESTIONS = 3;

  private final FaqIndex index;
  private final LanguageDetector languages;
  private final UrgencyDetector urgency;
  private final ConfidenceModel model;
  private final Cache<CacheKey, TriageResult> cache;

  private record CacheKey(String text, Language fallback) {}

  /** A scored search with the evidence the confidence is computed from. */
  public record Analysis(Language language, boolean languageClear, List<FaqIndex.Hit> hits, Evidence evidence) {}

  public Triage(FaqIndex index, LanguageDetector languages, UrgencyDetector urgency, ConfidenceModel model,
      long cacheSize) {
    this.index = index;
    this.languages = languages;
    this.urgency = urgency;
    this.model = model;
    // Size 0 means no cache, not a cache that evicts every answer on a background thread.
    this.cache = cacheSize > 0 ? Caffeine.newBuilder().maximumSize(cacheSize).build() : null;
  }

  /** The engine over a loaded catalog with the calibrated model and a cache of {@code cacheSize} answers. */
  public static Triage over(az.council.helpdesk.faq.FaqCatalog catalog, long cacheSize) {
    return new Triage(FaqIndex.build(catalog.entries()), new LanguageDetector(), new UrgencyDetector(),
        ConfidenceModel.load(), cacheSize);
  }

  public ConfidenceModel model() {
    return model;
  }

  /** Triage with English as the fallback language for text that carries no language evidence. */
  public TriageResult triage(String question) {
    return triage(question, Language.EN);
  }

  /**
   * @param fallback the language to assume when the text itself says nothing (the user's chosen language)
   */
  public TriageResult triage(String question, Language fallback) {
    String clean = QuestionText.clean(question);
    return cache == null ? decide(clean, fallback)
        : cache.get(new CacheKey(clean, fallback), key -> decide(key.text(), key.fallback()));
  }

  private TriageResult decide(String clean, Language fallback) {
    Analysis analysis = analyse(clean, fallback);
    // One Lucene document per entry, so the hits are one per entry already.
    List<FaqEntry> ranking = analysis.hits().stream().map(FaqIndex.Hit::entry).toList();
    double confidence = ranking.isEmpty() ? 0 : model.probability(analysis.evidence());
    Optional<Urgency> urgent = urgency.detect(clean);
    boolean outOfScope = ranking.isEmpty()
        || model.outOfScope(analysis.evidence()) && !MigrationWords.in(clean);
    Reply reply;
    if (urgent.isPresent()) {
      reply = new Reply.Urgent(urgent.get(), outOfScope ? List.of() : ranking.subList(0, Math.min(SUGGESTIONS, ranking.size())));
    } else if (ForeignScript.dominates(clean)) {
      // Whatever the detector guessed from a few Latin letters, it is not the person's language.
      return new TriageResult(fallback, false, new Reply.Unreadable(), 0, List.of());
    } else if (outOfScope) {
      reply = new Reply.OutOfScope();
    } else if (confidence >= model.answerThreshold()) {
      reply = new Reply.Answer(ranking.get(0));
    } else {
      reply = new Reply.Suggestions(ranking.subList(0, Math.min(SUGGESTIONS, ranking.size())));
    }
    return new TriageResult(analysis.language(), analysis.languageClear(), reply, confidence, ranking);
  }

  /** The search and evidence behind a verdict; {@code eval --calibrate} fits the model on these. */
  public Analysis analyse(String clean, Language fallback) {
    LanguageDetector.Detection detection = languages.detect(clean, fallback);
    String text = clean.length() > QuestionText.SEARCH_CHARS ? clean.substring(0, QuestionText.SEARCH_CHARS) : clean;
    List<Synonyms.Found> synonyms = Synonyms.find(text);
    Map<Group, List<FaqIndex.Token>> tokens = new EnumMap<>(Group.class);
    Map<Group, List<String>> terms = new EnumMap<>(Group.class);
    Map<Group, Float> weights = weights(detection.language(), clean);
    for (Group group : Group.values()) {
      Language wording = group == Group.TRANSLIT ? Language.RU : Language.valueOf(group.name());
      List<FaqIndex.Token> groupTokens = index.analyze(group, Synonyms.expand(text, synonyms, wording)).stream()
          .map(t -> t.start() >= text.length() ? t.asExpansion() : t)
          .map(t -> index.correct(group, t.term()).map(t::corrected).orElse(t))
          .toList();
      tokens.put(group, groupTokens);
      terms.put(group, groupTokens.stream().map(FaqIndex.Token::term).distinct().toList());
    }
    List<FaqIndex.Hit> hits = index.search(tokens, weights, CANDIDATES);
    Evidence evidence = hits.isEmpty() ? Evidence.NONE : new WordEvidence(index, hits, synonyms)
        .measure(tokens, terms);
    return new Analysis(detection.language(), detection.clear(), hits, evidence);
  }

  private static final float OTHER_FIELDS = 0.6f;
  /**
   * English read by the Azerbaijani and Russian analysers yields stray stems and "corrections" ("card" →
   * "car"), while Azerbaijani and Russian questions often carry the other language's words. On the dev set
   * (1,051 questions) 0.3 for English questions raised English topic@1 from 89.4 % to 91.8 % and left the
   * others within one question.
   */
  private static final float OTHER_FIELDS_FOR_ENGLISH = 0.3f;

  private static Map<Group, Float> weights(Language language, String text) {
    Map<Group, Float> weights = new EnumMap<>(Group.class);
    for (Language l : Language.values()) {
      weights.put(Group.valueOf(l.name()), l == language ? 1.0f
          : language == Language.EN ? OTHER_FIELDS_FOR_ENGLISH : OTHER_FIELDS);
    }
    boolean latin = text.codePoints().filter(Character::isLetter)
        .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count()
        > text.codePoints().filter(Character::isLetter).count() / 2;
    // Russian in Cyrillic is the RU field's job; the Latin skeleton only helps text typed in Latin letters.
    weights.put(Group.TRANSLIT, !latin ? 0f : language == Language.RU ? 0.9f : 0.3f);
    return weights;
  }
}
