/**
 * The decision for one question: its language, whether a person must take over ({@link
 * az.council.helpdesk.triage.UrgencyDetector} wins over any FAQ match), the ranked entries, a calibrated
 * confidence and the resulting {@link az.council.helpdesk.triage.Reply}: answer, suggestions, out of scope or
 * urgent. Urgency is phrase rules first, then a learnt {@link az.council.helpdesk.triage.UrgencyModel} for
 * the wordings no rule has. Raw BM25 scores are not comparable across questions, so confidence comes from per-word evidence
 * (how much of the question the best entry explains, its lead over the runner-up, how much of it is FAQ
 * vocabulary) through a logistic model fitted on the dev set.
 */
package az.council.helpdesk.triage;
