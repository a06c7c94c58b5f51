package az.council.helpdesk.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * One entry's terms as its term vectors hold them: for each field the set of terms, and for the question
 * fields each term's positions and the field's length norm. Read once per entry and cached by the index,
 * because the same few entries win again and again and decompressing term vectors is the costly part.
 *
 * @param terms field → the terms in it
 * @param positions question field → term → positions (in increasing order)
 * @param norms question field → Lucene's encoded length norm of the field in this document
 */
record DocumentTerms(Map<String, Set<String>> terms, Map<String, Map<String, int[]>> positions,
    Map<String, Long> norms) {

  static final int[] NO_POSITIONS = new int[0];

  static DocumentTerms read(IndexReader reader, int doc, List<String> positionFields) throws IOException {
    Map<String, Set<String>> terms = new HashMap<>();
    Map<String, Map<String, int[]>> positions = new HashMap<>();
    Map<String, Long> norms = new HashMap<>();
    Fields fields = reader.termVectors().get(doc);
    if (fields != null) {
      for (String field : fields) {
        boolean withPositions = positionFields.contains(field);
        Map<String, int[]> byTerm = withPositions ? new HashMap<>() : null;
        Set<String> fieldTerms = new java.util.HashSet<>();
        TermsEnum it = fields.terms(field).iterator();
        PostingsEnum postings = null;
        for (BytesRef term = it.next(); term != null; term = it.next()) {
          String text = term.utf8ToString();
          fieldTerms.add(text);
          if (withPositions) {
            postings = it.postings(postings, PostingsEnum.POSITIONS);
            postings.nextDoc();
            int[] at = new int[postings.freq()];
            for (int i = 0; i < at.length; i++) {
              at[i] = postings.nextPosition();
            }
            byTerm.put(text, at);
          }
        }
        terms.put(field, fieldTerms);
        if (withPositions) {
          positions.put(field, byTerm);
        }
      }
    }
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    for (String field : positionFields) {
      NumericDocValues values = leaf.reader().getNormValues(field);
      if (values != null && values.advanceExact(doc - leaf.docBase)) {
        norms.put(field, values.longValue());
      }
    }
    // Hash maps, not Map.copyOf: these are looked up for every candidate entry of every question, and the
    // immutable maps' probing was a visible share of that.
    return new DocumentTerms(java.util.Collections.unmodifiableMap(terms), java.util.Collections.unmodifiableMap(positions),
        java.util.Collections.unmodifiableMap(norms));
  }

  Set<String> in(String field) {
    return terms.getOrDefault(field, Set.of());
  }

  int[] positions(String field, String term) {
    Map<String, int[]> byTerm = positions.get(field);
    int[] at = byTerm == null ? null : byTerm.get(term);
    return at == null ? NO_POSITIONS : at;
  }
}
