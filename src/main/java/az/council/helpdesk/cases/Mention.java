package az.council.helpdesk.cases;

/**
 * A member mentioned in a post, as a Telegram {@code text_mention} entity (works without a username).
 * {@code offset} and {@code length} are in UTF-16 code units, which is what Telegram counts and what Java
 * string indices are.
 */
public record Mention(long userId, int offset, int length) {}
