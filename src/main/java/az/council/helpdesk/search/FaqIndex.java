package az.council.helpdesk.search;

import az.council.helpdesk.faq.FaqEntry;
import az.council.helpdesk.i18n.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.index.MultiTerms;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index over the FAQ: one document per entry, with the questions (canonical plus "also"
 * phrasings) and the answer of each language in their own analysed fields, and a transliteration field for
 * Russian typed in Latin letters. Every question is searched against all languages, so a question still
 * finds its entry when the language guess is wrong or the message mixes languages.
 */
public final class FaqIndex implements AutoCloseable {
  /** Field groups: one per language plus the Latin skeleton of the Russian text. */
  public enum Group {
    AZ, RU, EN, TRANSLIT
  }

  private static final int MAX_TERMS = 48;
  private static final String ORDINAL = "ordinal";
  private static final FieldType TEXT_WITH_VECTORS = textWithVectors(false);
  private static final FieldType TEXT_WITH_POSITIONS = textWithVectors(true);
  private static final int CACHED_DOCUMENTS = 4_000;

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final List<FaqEntry> entries;
  private final Map<Group, Analyzer> analyzers = new EnumMap<>(Group.class);
  private final Analyzer indexAnalyzer;
  private final int[] ordinals;
  private final Cache<Integer, DocumentTerms> documentTerms = Caffeine.newBuilder().maximumSize(CACHED_DOCUMENTS).build();
  /** Per group and keyed by the bare term: a record key per lookup was a visible cost, unknown terms are many. */
  private final Map<Group, Cache<String, Optional<String>>> corrections = new EnumMap<>(Group.class);
  private final Map<Group, Vocabulary> vocabularies = new EnumMap<>(Group.class);
  private final List<String> questionFields;
  private final Map<Group, SpellingIndex> spelling;
  /** Each question field's BM25 statistics, for the phrase bonus. */
  private final Map<String, Bm25.Field> questionStats = new java.util.HashMap<>();
  /** Null for an index too large to hold in arrays; then Lucene scores every query. */
  private final ScoreTable table;

  private FaqIndex(List<FaqEntry> entries) throws IOException {
    this.entries = List.copyOf(entries);
    for (Group group : Group.values()) {
      corrections.put(group, Caffeine.newBuilder().maximumSize(25_000).build());
    }
    analyzers.put(Group.AZ, new AzerbaijaniAnalyzer());
    analyzers.put(Group.RU, new RussianFoldingAnalyzer());
    analyzers.put(Group.EN, new EnglishAnalyzer(EnglishStopWords.set()));
    analyzers.put(Group.TRANSLIT, new TranslitAnalyzer());
    Map<String, Analyzer> perField = new java.util.HashMap<>();
    for (Group group : Group.values()) {
      perField.put(questionField(group), analyzers.get(group));
      perField.put(answerField(group), analyzers.get(group));
    }
    indexAnalyzer = new PerFieldAnalyzerWrapper(analyzers.get(Group.EN), perField);
    // One buffer per file: slicing a list of small blocks was a visible share of every query's cost.
    directory = new ByteBuffersDirectory(new org.apache.lucene.store.SingleInstanceLockFactory(),
        org.apache.lucene.store.ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    // A large buffer and one final segment: the index is written once and then only read.
    IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer).setSimilarity(similarity())
        .setRAMBufferSizeMB(256);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (int i = 0; i < this.entries.size(); i++) {
        writer.addDocument(document(this.entries.get(i), i));
      }
      writer.forceMerge(1);
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    searcher.setSimilarity(similarity());
    ordinals = readOrdinals(reader);
    spelling = spellingIndexes(reader);
    questionFields = java.util.Arrays.stream(Group.values()).map(FaqIndex::questionField).toList();
    List<String> allFields = new ArrayList<>(questionFields);
    java.util.Arrays.stream(Group.values()).map(FaqIndex::answerField).forEach(allFields::add);
    table = ScoreTable.read(reader, searcher, allFields, FaqIndex::similarityOf);
    for (Group group : Group.values()) {
      vocabularies.put(group, Vocabulary.read(reader, questionField(group), answerField(group), table));
    }
    for (String field : questionFields) {
      var stats = searcher.collectionStatistics(field);
      if (stats != null) {
        questionStats.put(field, new Bm25.Field(stats.docCount(), Bm25.normInverse(QUESTION_SIMILARITY, stats)));
      }
    }
  }

  /** Lucene doc id → entry position, read once so a search never touches stored fields. */
  private static int[] readOrdinals(DirectoryReader reader) throws IOException {
    int[] ordinals = new int[reader.maxDoc()];
    var stored = reader.storedFields();
    for (int doc = 0; doc < ordinals.length; doc++) {
      ordinals[doc] = stored.document(doc, Set.of(ORDINAL)).getField(ORDINAL).numericValue().intValue();
    }
    return ordinals;
  }

  /** Builds the in-memory index; start-up cost is a few milliseconds for the real FAQ. */
  public static FaqIndex build(List<FaqEntry> entries) {
    try {
      return new FaqIndex(entries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the FAQ index", e);
    }
  }

  /**
   * Question fields hold a handful of short phrasings, so length normalisation is weakened there: an entry
   * must not lose because its editors wrote more ways of asking.
   */
  private static final BM25Similarity QUESTION_SIMILARITY = new BM25Similarity(1.2f, 0.3f);
  private static final BM25Similarity ANSWER_SIMILARITY = new BM25Similarity(1.2f, 0.75f);

  private static Similarity similarity() {
    return new PerFieldSimilarityWrapper() {
      @Override
      public Similarity get(String name) {
        return similarityOf(name);
      }
    };
  }

  private static BM25Similarity similarityOf(String field) {
    return field.startsWith("q_") ? QUESTION_SIMILARITY : ANSWER_SIMILARITY;
  }

  /** Term vectors give an entry's vocabulary for the evidence; positions in question fields give phrases. */
  private static FieldType textWithVectors(boolean positions) {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setStoreTermVectors(true);
    type.setStoreTermVectorPositions(positions);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    type.freeze();
    return type;
  }

  // Built once: a fresh String per call had its hash computed again in every per-term map lookup.
  private static final String[] QUESTION_FIELDS = fieldNames("q_");
  private static final String[] ANSWER_FIELDS = fieldNames("a_");

  private static String[] fieldNames(String prefix) {
    return java.util.Arrays.stream(Group.values())
        .map(g -> prefix + g.name().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);
  }

  static String questionField(Group group) {
    return QUESTION_FIELDS[group.ordinal()];
  }

  static String answerField(Group group) {
    return ANSWER_FIELDS[group.ordinal()];
  }

  private static Document document(FaqEntry entry, int ordinal) {
    Document doc = new Document();
    // Merges may reorder Lucene doc ids, so the entry's position is stored rather than assumed.
    doc.add(new StoredField(ORDINAL, ordinal));
    for (Language language : Language.values()) {
      Group group = Group.valueOf(language.name());
      var text = entry.in(language);
      doc.add(new Field(questionField(group), text.question(), TEXT_WITH_POSITIONS));
      for (String also : text.also()) {
        doc.add(new Field(questionField(group), also, TEXT_WITH_POSITIONS));
      }
      doc.add(new Field(answerField(group), text.answer(), TEXT_WITH_VECTORS));
    }
    var ru = entry.in(Language.RU);
    doc.add(new Field(questionField(Group.TRANSLIT), ru.question(), TEXT_WITH_POSITIONS));
    for (String also : ru.also()) {
      doc.add(new Field(questionField(Group.TRANSLIT), also, TEXT_WITH_POSITIONS));
    }
    doc.add(new Field(answerField(Group.TRANSLIT), ru.answer(), TEXT_WITH_VECTORS));
    return doc;
  }

  /** A term with the offset of the word it came from, so evidence can be counted per word of the question. */
  public record Token(String term, int start, boolean corrected, boolean expansion) {
    public Token(String term, int start) {
      this(term, start, false, false);
    }

    public Token corrected(String to) {
      return new Token(to, start, true, expansion);
    }

    /** The same term, marked as coming from a synonym's expansion rather than from the asker's words. */
    public Token asExpansion() {
      return new Token(term, start, corrected, true);
    }
  }

  /** The tokens {@code text} yields in one field group, at most {@value #MAX_TERMS} distinct terms. */
  public List<Token> analyze(Group group, String text) {
    List<Token> tokens = new ArrayList<>();
    Set<String> distinct = new LinkedHashSet<>();
    try (TokenStream stream = analyzers.get(group).tokenStream(questionField(group), text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String value = term.toString();
        if (distinct.add(value) && distinct.size() > MAX_TERMS) {
          break;
        }
        tokens.add(new Token(value, offset.startOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /** One scored entry of a search. */
  public record Hit(FaqEntry entry, int doc, float score) {}

  /**
   * Runs one query over all groups; {@code weights} says how much each group counts (the detected language
   * counts most). Each term matches the question phrasings (weighted double) and the answer; neighbouring
   * terms also score as a sloppy phrase, which is what separates "work permit" from "residence permit".
   */
  public List<Hit> search(Map<Group, List<Token>> tokensByGroup, Map<Group, Float> weights, int limit) {
    return search(tokensByGroup, weights, limit, table != null);
  }

  /** The same search scored by Lucene's own query, even where the arrays of {@link ScoreTable} could do it. */
  List<Hit> searchWithLucene(Map<Group, List<Token>> tokensByGroup, Map<Group, Float> weights, int limit) {
    return search(tokensByGroup, weights, limit, false);
  }

  /** One term clause: the term in a question or answer field, with its statistics and boost. */
  private record Clause(String term, Vocabulary vocabulary, Vocabulary.Entry stats, boolean inQuestions, float boost) {}

  private List<Hit> search(Map<Group, List<Token>> tokensByGroup, Map<Group, Float> weights, int limit,
      boolean fromTable) {
    List<Clause> query = new ArrayList<>();
    PhraseBonus phrases = new PhraseBonus();
    int clauses = 0;
    int maxClauses = IndexSearcher.getMaxClauseCount() - 1;
    for (var e : tokensByGroup.entrySet()) {
      Group group = e.getKey();
      float weight = weights.getOrDefault(group, 0f);
      if (weight <= 0) {
        continue;
      }
      Vocabulary vocabulary = vocabularies.get(group);
      // A term no entry contains cannot match; skipping it saves a clause, and a question's words mostly
      // miss the other languages' fields. Each term's statistics are looked up once.
      List<Token> tokens = new ArrayList<>();
      List<Vocabulary.Entry> stats = new ArrayList<>();
      for (Token token : e.getValue()) {
        Vocabulary.Entry entry = vocabulary.get(token.term());
        if (entry != null) {
          tokens.add(token);
          stats.add(entry);
        }
      }
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        if (seen.add(token.term()) && clauses < maxClauses) {
          clauses += addTerm(query, vocabulary, stats.get(i), token.term(),
              token.expansion() ? weight * EXPANSION_WEIGHT : weight);
        }
      }
      for (int i = 0; i + 1 < tokens.size(); i++) {
        String first = tokens.get(i).term();
        String second = tokens.get(i + 1).term();
        if (!first.equals(second) && stats.get(i).inQuestions() > 0 && stats.get(i + 1).inQuestions() > 0) {
          phrases.add(phrase(group, stats.get(i), stats.get(i + 1), first, second, weight * PHRASE_BOOST));
        }
      }
    }
    if (clauses == 0) {
      return List.of();
    }
    try {
      // Terms find the candidates (fast, prunable); phrases only re-rank the best few, because matching
      // positions across a large FAQ is what made big indexes slow.
      int window = Math.max(limit, RESCORE_WINDOW);
      ScoreDoc[] top = fromTable ? scoreFromTable(query, window) : searcher.search(luceneQuery(query), window).scoreDocs;
      List<Hit> hits = new ArrayList<>(top.length);
      for (ScoreDoc sd : top) {
        float score = phrases.isEmpty() ? sd.score : sd.score + phrases.score(sd.doc, this::termsOf);
        hits.add(new Hit(entries.get(ordinals[sd.doc]), sd.doc, score));
      }
      if (!phrases.isEmpty()) {
        hits.sort(java.util.Comparator.comparingDouble((Hit h) -> -h.score()).thenComparingInt(Hit::doc));
      }
      return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The term in the question phrasings (counted double) and in the answer, as separate clauses. A
   * DisjunctionMaxQuery over the two read better on paper, but it made every pair one clause that Lucene's
   * MaxScore could not skip: at 100,000 entries it doubled the time, and on the dev set the plain sum ranks
   * as well (entry@3 95.7 % both ways, entry@1 88.1 % vs 86.4 %). A word found in the answers of more than
   * {@link #COMMON_IN_ANSWERS} of all entries is matched in question phrasings only: it hardly tells entries
   * apart (low idf) but walking its long postings was the slowest part of a large FAQ (p99 −25 % at 100,000
   * entries; all dev figures within one question).
   */
  private int addTerm(List<Clause> query, Vocabulary vocabulary, Vocabulary.Entry stats, String term, float weight) {
    boolean answers = stats.inAnswers() <= COMMON_IN_ANSWERS * reader.numDocs();
    int added = 0;
    if (stats.inQuestions() > 0) {
      query.add(new Clause(term, vocabulary, stats, true, QUESTION_BOOST * weight));
      added++;
    }
    if (answers && stats.inAnswers() > 0) {
      query.add(new Clause(term, vocabulary, stats, false, weight));
      added++;
    }
    return added;
  }

  private static Query luceneQuery(List<Clause> clauses) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (Clause c : clauses) {
      TermQuery term = c.inQuestions() ? c.vocabulary().inQuestions(c.term()) : c.vocabulary().inAnswers(c.term());
      query.add(new BoostQuery(term, c.boost()), BooleanClause.Occur.SHOULD);
    }
    return query.build();
  }

  private ScoreDoc[] scoreFromTable(List<Clause> clauses, int n) {
    ScoreTable.Sum sum = table.sum();
    for (Clause c : clauses) {
      sum.add(c.inQuestions() ? c.stats().questionPostings() : c.stats().answerPostings(), c.boost());
    }
    return sum.top(n);
  }

  /**
   * The pair scored as {@code BM25Similarity} scores a two-term phrase: weight = boost × the sum of both idfs,
   * with the field's norm table computed once at build instead of once per pair.
   */
  private PhraseBonus.Pair phrase(Group group, Vocabulary.Entry a, Vocabulary.Entry b, String first, String second,
      float boost) {
    String field = questionField(group);
    Bm25.Field stats = questionStats.get(field);
    double idf = Bm25.idf(a.inQuestions(), stats.docCount()) + Bm25.idf(b.inQuestions(), stats.docCount());
    return new PhraseBonus.Pair(field, first, second, boost * (float) idf, stats.normInverse(),
        a.questionPostings() == null ? null : a.questionPostings().docs(),
        b.questionPostings() == null ? null : b.questionPostings().docs());
  }

  /**
   * A synonym's expansion ("внж" → "разрешение на временное проживание") adds several terms in every language
   * for one word the person typed; at full weight they outvoted the words that tell entries of one topic apart
   * ("lost my residence card" went to the general TRP entry instead of the lost-card one).
   */
  private static final float EXPANSION_WEIGHT = 0.2f;
  private static final int RESCORE_WINDOW = 10;
  private static final float QUESTION_BOOST = 2.0f;
  private static final double COMMON_IN_ANSWERS = 0.3;
  private static final float PHRASE_BOOST = 0.7f;

  /** Which of each group's terms occur in document {@code doc}. */
  public Map<Group, Set<String>> matchedTerms(int doc, Map<Group, List<String>> termsByGroup) {
    DocumentTerms docTerms = termsOf(doc);
    Map<Group, Set<String>> matched = new EnumMap<>(Group.class);
    for (var e : termsByGroup.entrySet()) {
      Set<String> inQuestion = docTerms.in(questionField(e.getKey()));
      Set<String> inAnswer = docTerms.in(answerField(e.getKey()));
      Set<String> found = new HashSet<>();
      for (String term : e.getValue()) {
        if (inQuestion.contains(term) || inAnswer.contains(term)) {
          found.add(term);
        }
      }
      matched.put(e.getKey(), found);
    }
    return matched;
  }

  /** A document's terms (and question-field positions), from its term vectors, cached. */
  private DocumentTerms termsOf(int doc) {
    return documentTerms.get(doc, d -> {
      try {
        return DocumentTerms.read(reader, d, questionFields);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    });
  }

  /**
   * What the evidence needs to know of a term in a group, from one lookup.
   *
   * @param askedAbout whether any entry's question phrasings use the term: the vocabulary people ask in, not
   *     answer prose
   * @param idf inverse document frequency, the way BM25 weighs it; unseen terms weigh most
   */
  public record TermFacts(boolean askedAbout, double idf) {}

  public TermFacts facts(Group group, String term) {
    Vocabulary.Entry s = vocabularies.get(group).get(term);
    int df = s == null ? 0 : Math.max(s.inQuestions(), s.inAnswers());
    int n = reader.numDocs();
    return new TermFacts(s != null && s.inQuestions() > 0, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }

  public boolean known(Group group, String term) {
    return vocabularies.get(group).get(term) != null;
  }

  /**
   * The FAQ's closest spelling of a term this index has never seen ("убежещ" → "убежищ"), or empty. Migrants
   * type fast on phones, often in a second language; see {@link SpellingIndex}.
   */
  public Optional<String> correct(Group group, String term) {
    if (term.length() < SpellingIndex.MIN_LENGTH || known(group, term)) {
      return Optional.empty();
    }
    return corrections.get(group).get(term, spelling.get(group)::nearest);
  }

  private static Map<Group, SpellingIndex> spellingIndexes(DirectoryReader reader) throws IOException {
    Map<Group, SpellingIndex> indexes = new EnumMap<>(Group.class);
    for (Group group : Group.values()) {
      SpellingIndex index = new SpellingIndex();
      for (String field : List.of(questionField(group), answerField(group))) {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
          continue;
        }
        TermsEnum it = terms.iterator();
        for (BytesRef term = it.next(); term != null; term = it.next()) {
          index.add(term.utf8ToString(), it.docFreq());
        }
      }
      indexes.put(group, index);
    }
    return indexes;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
    indexAnalyzer.close();
    for (Analyzer analyzer : analyzers.values()) {
      analyzer.close();
    }
  }
}
