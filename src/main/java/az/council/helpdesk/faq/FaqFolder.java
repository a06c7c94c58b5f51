package az.council.helpdesk.faq;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the loader read from the FAQ folder: entries and contacts with where they stand, and problems. */
public record FaqFolder(List<Located> entries, List<LocatedContact> locatedContacts, List<FaqProblem> problems) {

  public FaqFolder {
    entries = List.copyOf(entries);
    locatedContacts = List.copyOf(locatedContacts);
    problems = List.copyOf(problems);
  }

  /** An entry with the file and line it starts on, so later checks can point at it. */
  public record Located(FaqEntry entry, String file, int line) {}

  /**
   * A contact with where it stands and its {@code reviewed} date (empty when missing or not a date, which
   * the loader already reported); the date is kept here rather than on {@link Contact} because only the
   * checker needs it.
   */
  public record LocatedContact(Contact contact, Optional<LocalDate> reviewed, String file, int line) {}

  public List<FaqEntry> plainEntries() {
    return entries.stream().map(Located::entry).toList();
  }

  public List<Contact> contacts() {
    return locatedContacts.stream().map(LocatedContact::contact).toList();
  }
}
