/**
 * The little the bot remembers about a person between messages: the language it speaks to them in (and
 * whether they chose it), whether it has already asked about citizenship, and when they last wrote. The
 * {@link az.council.helpdesk.profiles.Profiles} port is what the conversation uses; {@link
 * az.council.helpdesk.profiles.SqliteProfiles} keeps it in the helpdesk database. No names, usernames, phone
 * numbers or message text are stored here; {@code /forget} and a year of silence delete the row.
 */
package az.council.helpdesk.profiles;
