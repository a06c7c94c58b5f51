/**
 * The secretary's desk in Telegram, without Telegram types: {@code /stats} and {@code /export} for the secretary
 * and admins, and {@code /log}, which lets any Council member record a consultation given in person or by phone
 * in a few button presses. {@link az.council.helpdesk.stats.desk.SecretaryDesk} turns {@link
 * az.council.helpdesk.stats.desk.SecretaryEvent}s into {@link az.council.helpdesk.stats.desk.SecretaryAction}s,
 * which {@code telegram.SecretaryGateway} executes; button data is untrusted and checked against the person's
 * own, expiring /log draft.
 */
package az.council.helpdesk.stats.desk;
