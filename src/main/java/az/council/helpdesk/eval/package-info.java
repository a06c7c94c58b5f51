/**
 * Measuring the triage: the labelled dev and held-out questions, the metrics of the search-core issue
 * (topic and entry accuracy, abstention, urgent recall), the plain BM25 baseline, the calibration that
 * fits the confidence model on the dev split, and the training and cross-validation of the urgency model.
 */
package az.council.helpdesk.eval;
