package az.council.helpdesk.faq.export;

import az.council.helpdesk.faq.Booklet;
import az.council.helpdesk.faq.Contact;
import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.faq.FaqEntry;
import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The FAQ arranged as the Council's printed booklets: one part per booklet (in the booklets' fixed order),
 * one section per topic inside it, entries in file order. Empty booklets and topics are left out. Anchors are
 * derived from ids, so they are stable between exports, and reduced to lower-case letters, digits and
 * hyphens so they are safe in links even for an id that {@code faq check} would reject.
 */
public record BookletDocument(
    Language language, ExportLabels labels, List<Part> parts, List<Contact> emergencyContacts,
    List<Contact> officialContacts) {

  public BookletDocument {
    parts = List.copyOf(parts);
    emergencyContacts = List.copyOf(emergencyContacts);
    officialContacts = List.copyOf(officialContacts);
  }

  /** One booklet's entries. */
  public record Part(String anchor, String title, List<Section> sections) {
    public Part {
      sections = List.copyOf(sections);
    }
  }

  /** One topic's entries within a booklet. */
  public record Section(String anchor, String title, List<Item> items) {
    public Section {
      items = List.copyOf(items);
    }
  }

  /** An entry with the entries its {@code see:} list resolves to. */
  public record Item(FaqEntry entry, List<FaqEntry> seeAlso) {
    public Item {
      seeAlso = List.copyOf(seeAlso);
    }
  }

  public static final String CONTACTS_ANCHOR = "contacts";

  public static BookletDocument of(FaqCatalog catalog, Language language, Messages messages, LocalDate generated) {
    List<Part> parts = new ArrayList<>();
    for (Booklet booklet : Booklet.values()) {
      List<Section> sections = new ArrayList<>();
      for (Topic topic : Topic.values()) {
        List<Item> items = catalog.byTopic(topic).stream()
            .filter(entry -> entry.booklet() == booklet)
            .map(entry -> new Item(entry, catalog.seeAlso(entry)))
            .toList();
        if (!items.isEmpty()) {
          sections.add(new Section(sectionAnchor(booklet, topic), messages.get(language, "topic." + topic.id()), items));
        }
      }
      if (!sections.isEmpty()) {
        parts.add(new Part(partAnchor(booklet), messages.get(language, "booklet." + booklet.id()), sections));
      }
    }
    int needsReview = (int) catalog.entries().stream().filter(FaqEntry::needsReview).count();
    ExportLabels labels = ExportLabels.of(messages, language, generated, catalog.size(), needsReview);
    List<Contact> official = catalog.contacts().stream().filter(c -> !c.emergency()).toList();
    return new BookletDocument(language, labels, parts, catalog.emergencyContacts(), official);
  }

  static String partAnchor(Booklet booklet) {
    return "b-" + booklet.id();
  }

  static String sectionAnchor(Booklet booklet, Topic topic) {
    return "b-" + booklet.id() + "-t-" + topic.id();
  }

  /** The anchor of an entry's heading; the "q-" prefix keeps it apart from booklet and topic anchors. */
  public static String entryAnchor(FaqEntry entry) {
    return "q-" + safe(entry.id());
  }

  private static String safe(String id) {
    return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
  }

  /** Every entry in document order. */
  public List<FaqEntry> entries() {
    return parts.stream().flatMap(p -> p.sections().stream()).flatMap(s -> s.items().stream()).map(Item::entry)
        .toList();
  }

  /** A contact's name and note in this document's language; empty when the contact has no such label. */
  Optional<Contact.Label> label(Contact contact) {
    return Optional.ofNullable(contact.labels().get(language));
  }
}
