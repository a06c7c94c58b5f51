package az.council.helpdesk.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * A small FAQ's postings with their BM25 factors in plain arrays, read once from the Lucene index. For the
 * real FAQ (under a hundred entries) Lucene spent most of a query setting each clause up — a postings enum, a
 * scorer that fills a 256-entry norm table, the collector — which cost more than the scoring itself and was a
 * third of a question's triage time. This scores the same clauses with {@link BM25Similarity}'s own formula
 * and float arithmetic ({@code weight - weight / (1 + freq * normInverse)}, clause scores summed as doubles
 * like Lucene's disjunction scorer, ties to the lower doc id), so the ranking is Lucene's: a test compares
 * both on every labelled question. An index larger than {@link #MAX_DOCS} is left to Lucene, whose skipping
 * pays off there and whose postings would not fit in arrays.
 */
final class ScoreTable {
  static final int MAX_DOCS = 10_000;

  /** One term in one field: the documents holding it and, per document, BM25's {@code 1 + freq * normInverse}. */
  record Postings(int[] docs, float[] denominators, float idf) {}

  /** One field's term postings. */
  private record FieldTable(Map<String, Postings> terms) {}

  private final Map<String, FieldTable> fields;
  private final int maxDoc;

  private ScoreTable(Map<String, FieldTable> fields, int maxDoc) {
    this.fields = fields;
    this.maxDoc = maxDoc;
  }

  /** The table for a one-segment index, or null when the index is too large to hold this way. */
  static ScoreTable read(IndexReader reader, IndexSearcher searcher, List<String> fieldNames,
      Function<String, BM25Similarity> similarity) throws IOException {
    if (reader.maxDoc() > MAX_DOCS || reader.leaves().size() != 1) {
      return null;
    }
    LeafReader leaf = reader.leaves().get(0).reader();
    Map<String, FieldTable> fields = new HashMap<>();
    for (String field : fieldNames) {
      CollectionStatistics stats = searcher.collectionStatistics(field);
      Terms terms = leaf.terms(field);
      if (stats == null || terms == null) {
        continue;
      }
      float[] normInverse = Bm25.normInverse(similarity.apply(field), stats);
      float[] docNormInverse = new float[reader.maxDoc()];
      NumericDocValues norms = leaf.getNormValues(field);
      for (int doc = 0; doc < docNormInverse.length; doc++) {
        if (norms != null && norms.advanceExact(doc)) {
          docNormInverse[doc] = normInverse[((byte) norms.longValue()) & 0xFF];
        }
      }
      Map<String, Postings> byTerm = new HashMap<>();
      TermsEnum it = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef term = it.next(); term != null; term = it.next()) {
        int df = it.docFreq();
        int[] docs = new int[df];
        float[] denominators = new float[df];
        postings = it.postings(postings, PostingsEnum.FREQS);
        int n = 0;
        for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
          docs[n] = doc;
          denominators[n] = 1f + (float) postings.freq() * docNormInverse[doc];
          n++;
        }
        byTerm.put(term.utf8ToString(), new Postings(docs, denominators, Bm25.idf(df, stats.docCount())));
      }
      fields.put(field, new FieldTable(byTerm));
    }
    return new ScoreTable(fields, reader.maxDoc());
  }


  /** The term's postings in the field, or null when no document has it there. */
  Postings postings(String field, String term) {
    FieldTable table = fields.get(field);
    return table == null ? null : table.terms().get(term);
  }

  /** One query's clauses being summed per document. */
  Sum sum() {
    return new Sum();
  }

  final class Sum {
    private final double[] scores = new double[maxDoc];
    private final boolean[] seen = new boolean[maxDoc];
    private final int[] matched = new int[maxDoc];
    private int count;

    /** Adds a term clause: what a {@code BoostQuery(TermQuery, boost)} scores in each document holding the term. */
    void add(Postings postings, float boost) {
      float weight = boost * postings.idf();
      int[] docs = postings.docs();
      float[] denominators = postings.denominators();
      for (int i = 0; i < docs.length; i++) {
        int doc = docs[i];
        if (!seen[doc]) {
          seen[doc] = true;
          matched[count++] = doc;
        }
        scores[doc] += weight - weight / denominators[i];
      }
    }

    /** The best {@code n} documents, highest score first, ties to the lower doc id (as Lucene's collector). */
    ScoreDoc[] top(int n) {
      ScoreDoc[] all = new ScoreDoc[count];
      for (int i = 0; i < count; i++) {
        all[i] = new ScoreDoc(matched[i], (float) scores[matched[i]]);
      }
      Arrays.sort(all, (x, y) -> x.score != y.score ? Float.compare(y.score, x.score) : Integer.compare(x.doc, y.doc));
      return all.length > n ? Arrays.copyOf(all, n) : all;
    }
  }
}
