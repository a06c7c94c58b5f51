/**
 * Retention of message texts. Every feature that keeps something a person wrote (case messages, the texts of
 * unanswered questions) implements {@link az.council.helpdesk.retention.TextRetention}; {@link
 * az.council.helpdesk.retention.Retention} deletes, in all of them, what is older than the configured window
 * (default 180 days), once a day through {@link az.council.helpdesk.retention.DailyPurge} and on demand from the
 * {@code purge} command. Counts and pseudonymous log rows are not texts and stay.
 */
package az.council.helpdesk.retention;
