/**
 * Measuring the triage: the labelled dev and held-out questions, the metrics of the search-core issue
 * (topic and entry accuracy, abstention, urgent recall), the plain BM25 baseline, and the calibration that
 * fits the confidence model on the dev split.
 */
package az.council.helpdesk.eval;
