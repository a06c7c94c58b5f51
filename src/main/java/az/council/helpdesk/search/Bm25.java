package az.council.helpdesk.search;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * The parts of Lucene's {@link BM25Similarity} that {@link ScoreTable} and {@link PhraseBonus} compute
 * themselves, with the same float arithmetic so their scores are bit for bit Lucene's. Lucene keeps these
 * private and recomputes the norm table for every clause of every query.
 */
final class Bm25 {
  private Bm25() {}

  /** One field's statistics: its document count and the norm-inverse table, indexed by the encoded norm. */
  record Field(long docCount, float[] normInverse) {}

  /** {@code 1 / (k1 * ((1 - b) + b * length / avgdl))} for each encoded length, as BM25Similarity caches it. */
  static float[] normInverse(BM25Similarity similarity, CollectionStatistics stats) {
    float k1 = similarity.getK1();
    float b = similarity.getB();
    float avgdl = (float) (stats.sumTotalTermFreq() / (double) stats.docCount());
    float[] cache = new float[256];
    for (int i = 0; i < cache.length; i++) {
      cache[i] = 1f / (k1 * ((1 - b) + b * SmallFloat.byte4ToInt((byte) i) / avgdl));
    }
    return cache;
  }

  static float idf(long docFreq, long docCount) {
    return (float) Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
  }

  /** One term's (or phrase's) BM25 score: {@code weight - weight / (1 + freq * normInverse)}. */
  static float score(float weight, float freq, float normInverse) {
    return weight - weight / (1f + freq * normInverse);
  }
}
