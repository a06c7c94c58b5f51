package az.council.helpdesk.faq;

import az.council.helpdesk.i18n.Language;
import java.util.EnumMap;
import java.util.Map;

/**
 * An official or emergency contact. Contacts live once, in {@code faq/contacts.yaml}; answers refer to
 * them as {@code {contact:id}} so a changed number is fixed in one place.
 */
public record Contact(
    String id, String value, boolean emergency, Map<Language, Label> labels, String source, boolean needsReview) {

  public Contact {
    labels = labels.isEmpty() ? Map.of() : new EnumMap<>(labels);
  }

  /** A contact's name and short note in one language. */
  public record Label(String name, String note) {}

  /** How the contact reads inside an answer: "name: value (note)". */
  public String render(Language language) {
    Label label = labels.get(language);
    if (label == null) {
      return value;
    }
    String note = label.note() == null || label.note().isBlank() ? "" : " (" + label.note() + ")";
    return label.name() + ": " + value + note;
  }
}
