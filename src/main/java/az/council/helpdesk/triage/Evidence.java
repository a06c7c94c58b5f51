package az.council.helpdesk.triage;

/**
 * What a search result carries that is comparable across questions (raw BM25 scores are not): how much of
 * the question the best entry explains, how far it leads the runner-up, and how much of the question is
 * migration vocabulary at all.
 *
 * @param coverage idf-weighted share of the question's terms found in the best entry (0..1)
 * @param gap 1 − second score / best score (0..1)
 * @param known share of the question's terms that occur anywhere in the FAQ (0..1)
 * @param terms number of distinct terms in the question, capped
 */
public record Evidence(double coverage, double gap, double known, int terms) {
  public static final Evidence NONE = new Evidence(0, 0, 0, 0);
}
