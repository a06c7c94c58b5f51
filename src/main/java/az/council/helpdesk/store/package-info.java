/**
 * SQLite: one database file under the data directory, WAL mode, one writer behind a lock, and versioned
 * migrations ({@code db/migration/V00N__*.sql}). Feature packages keep their own SQL next to their domain
 * ({@code profiles}, {@code stats}, …) but open the database only through {@link
 * az.council.helpdesk.store.Database}.
 */
package az.council.helpdesk.store;
