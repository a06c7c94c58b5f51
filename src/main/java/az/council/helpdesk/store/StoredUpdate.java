package az.council.helpdesk.store;

/** An update waiting to be handled. */
public record StoredUpdate(long updateId, long chatId, String payload) {}
