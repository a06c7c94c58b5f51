package az.council.helpdesk.faq;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The loaded FAQ: entries by id and by topic, and the contacts. Immutable. */
public final class FaqCatalog {
  private final Map<String, FaqEntry> byId = new LinkedHashMap<>();
  private final Map<Topic, List<FaqEntry>> byTopic = new EnumMap<>(Topic.class);
  private final List<Contact> contacts;

  public FaqCatalog(List<FaqEntry> entries, List<Contact> contacts) {
    for (FaqEntry entry : entries) {
      byId.putIfAbsent(entry.id(), entry);
    }
    for (Topic topic : Topic.values()) {
      byTopic.put(topic, byId.values().stream().filter(e -> e.topic() == topic).toList());
    }
    this.contacts = List.copyOf(contacts);
  }

  /** Loads the folder, keeping every entry that loaded cleanly. Use {@link FaqChecker} to see problems. */
  public static FaqCatalog load(Path folder) {
    FaqFolder loaded = FaqLoader.load(folder);
    return new FaqCatalog(loaded.plainEntries(), loaded.contacts());
  }

  public List<FaqEntry> entries() {
    return List.copyOf(byId.values());
  }

  public int size() {
    return byId.size();
  }

  public Optional<FaqEntry> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public List<FaqEntry> byTopic(Topic topic) {
    return byTopic.getOrDefault(topic, Collections.emptyList());
  }

  public List<Contact> contacts() {
    return contacts;
  }

  /** The contacts shown at once to a person in danger, in file order. */
  public List<Contact> emergencyContacts() {
    return contacts.stream().filter(Contact::emergency).toList();
  }

  /** Resolves {@code see:} ids to entries, silently skipping ids that do not exist (faq check reports them). */
  public List<FaqEntry> seeAlso(FaqEntry entry) {
    return entry.see().stream().map(byId::get).filter(e -> e != null && !e.id().equals(entry.id())).toList();
  }
}
