package az.council.helpdesk.faq;

import java.util.List;

/** What the loader read from the FAQ folder: entries with where they stand, contacts and problems. */
public record FaqFolder(List<Located> entries, List<Contact> contacts, List<FaqProblem> problems) {

  public FaqFolder {
    entries = List.copyOf(entries);
    contacts = List.copyOf(contacts);
    problems = List.copyOf(problems);
  }

  /** An entry with the file and line it starts on, so later checks can point at it. */
  public record Located(FaqEntry entry, String file, int line) {}

  public List<FaqEntry> plainEntries() {
    return entries.stream().map(Located::entry).toList();
  }
}
