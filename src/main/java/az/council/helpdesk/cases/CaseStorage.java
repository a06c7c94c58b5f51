package az.council.helpdesk.cases;

/**
 * The three stores the desk needs; over SQLite: {@code new CaseStorage(new SqliteCaseStore(db), new
 * SqliteCaseThreads(db), new SqliteRosterStore(db))}.
 */
public record CaseStorage(CaseStore cases, CaseThreads threads, RosterStore roster) {}
