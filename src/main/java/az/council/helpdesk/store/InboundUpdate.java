package az.council.helpdesk.store;

/**
 * An update as received: its id, the chat whose order it belongs to ({@code 0} when it has none), its JSON,
 * and whether it could not be read (a poison update is kept as a skipped id only).
 */
public record InboundUpdate(long updateId, long chatId, String payload, boolean poison) {}
