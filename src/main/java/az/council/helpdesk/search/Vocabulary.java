package az.council.helpdesk.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Every term of one field group (question and answer field), read once after the index is built: its
 * document frequencies and Lucene's per-segment term states. The FAQ never changes while the bot runs, so a
 * query can hand Lucene the term state instead of seeking the terms dictionary for every clause — those
 * seeks were a fifth of a question's time — and "is this word in the FAQ at all?" is one hash lookup.
 */
final class Vocabulary {
  /**
   * One term's statistics; a field the term does not occur in has a zero frequency and null states. The
   * postings are those of {@link ScoreTable}, null when the index is scored by Lucene.
   */
  record Entry(int inQuestions, int inAnswers, TermStates questionStates, TermStates answerStates,
      ScoreTable.Postings questionPostings, ScoreTable.Postings answerPostings) {}

  private final String questionField;
  private final String answerField;
  private final Map<String, Entry> terms;

  private Vocabulary(String questionField, String answerField, Map<String, Entry> terms) {
    this.questionField = questionField;
    this.answerField = answerField;
    this.terms = terms;
  }

  static Vocabulary read(IndexReader reader, String questionField, String answerField, ScoreTable table)
      throws IOException {
    Map<String, TermStates> questions = states(reader, questionField);
    Map<String, TermStates> answers = states(reader, answerField);
    Map<String, Entry> terms = new HashMap<>(Math.max(16, (questions.size() + answers.size()) * 2));
    java.util.function.BiFunction<String, String, ScoreTable.Postings> postings =
        (field, term) -> table == null ? null : table.postings(field, term);
    questions.forEach((term, states) -> terms.put(term,
        new Entry(states.docFreq(), 0, states, null, postings.apply(questionField, term), null)));
    answers.forEach((term, states) -> terms.merge(term,
        new Entry(0, states.docFreq(), null, states, null, postings.apply(answerField, term)),
        (q, a) -> new Entry(q.inQuestions(), a.inAnswers(), q.questionStates(), a.answerStates(),
            q.questionPostings(), a.answerPostings())));
    return new Vocabulary(questionField, answerField, java.util.Collections.unmodifiableMap(terms));
  }

  private static Map<String, TermStates> states(IndexReader reader, String field) throws IOException {
    Map<String, TermStates> byTerm = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        continue;
      }
      TermsEnum it = terms.iterator();
      for (BytesRef term = it.next(); term != null; term = it.next()) {
        byTerm.computeIfAbsent(term.utf8ToString(), k -> new TermStates(reader.getContext()))
            .register(it.termState(), leaf.ord, it.docFreq(), it.totalTermFreq());
      }
    }
    return byTerm;
  }

  /** The term's statistics, or null when no entry contains it. */
  Entry get(String term) {
    return terms.get(term);
  }

  /** A query for the term in the question field that needs no dictionary lookup; the term must be known. */
  TermQuery inQuestions(String term) {
    Entry e = terms.get(term);
    Term t = new Term(questionField, term);
    return e == null || e.questionStates() == null ? new TermQuery(t) : new TermQuery(t, e.questionStates());
  }

  /** The same for the answer field. */
  TermQuery inAnswers(String term) {
    Entry e = terms.get(term);
    Term t = new Term(answerField, term);
    return e == null || e.answerStates() == null ? new TermQuery(t) : new TermQuery(t, e.answerStates());
  }

  int size() {
    return terms.size();
  }
}
