/**
 * The inquiry log and the secretary's statistics. The conversation records every inquiry through {@link
 * az.council.helpdesk.stats.InquiryLog}, members' cases and offline consultations arrive through {@link
 * az.council.helpdesk.stats.MemberLog}; both are stored over SQLite with a keyed pseudonym instead of the
 * Telegram id ({@link az.council.helpdesk.stats.Pseudonyms}). {@link az.council.helpdesk.stats.StatsService}
 * turns a period of the log into a {@link az.council.helpdesk.stats.StatsReport}: persons by citizenship as the
 * annual report counts them, topics, languages, cases and the content team's list of unanswered questions.
 */
package az.council.helpdesk.stats;
