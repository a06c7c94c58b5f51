/**
 * A faithful fake of the Telegram Bot API HTTP server: a test double that ships in the main jar because the
 * {@code bench} commands run the real bot against it. {@link az.council.helpdesk.fakeapi.FakeBotApi} serves
 * {@code /bot<token>/<method>} on 127.0.0.1 with the JDK {@code HttpServer}, speaks the real JSON (dates in
 * seconds, results shaped as the Bot API documents, errors as {@code {"ok":false,"error_code":…}}), long-polls
 * {@code getUpdates} with offsets, keeps per-chat transcripts of what a user would see, and injects faults (429
 * with {@code retry_after}, 5xx, HTML bodies, delays, dropped connections, malformed JSON, blocked users) and
 * Telegram's rate limits. It never talks to the real Telegram; nothing in production wiring may depend on it.
 */
package az.council.helpdesk.fakeapi;
