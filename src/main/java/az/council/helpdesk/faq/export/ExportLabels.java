package az.council.helpdesk.faq.export;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import java.time.LocalDate;

/** The document's fixed wording in one language, from the {@code faq.export.*} message keys. */
public record ExportLabels(
    String title,
    String council,
    String generated,
    String intro,
    String contents,
    String source,
    String reviewed,
    String seeAlso,
    String needsReview,
    String contacts,
    String emergencyContacts,
    String officialContacts) {

  static ExportLabels of(Messages messages, Language language, LocalDate generated, int entries, int needsReview) {
    return new ExportLabels(
        messages.get(language, "faq.export.title"),
        messages.get(language, "faq.export.council"),
        // The date as ISO text, not a MessageFormat date: unambiguous in all three languages.
        messages.get(language, "faq.export.generated", generated.toString(), entries, needsReview),
        messages.get(language, "faq.export.intro"),
        messages.get(language, "faq.export.contents"),
        messages.get(language, "faq.export.source"),
        messages.get(language, "faq.export.reviewed"),
        messages.get(language, "faq.export.seeAlso"),
        messages.get(language, "faq.export.needsReview"),
        messages.get(language, "faq.export.contacts"),
        messages.get(language, "faq.export.contacts.emergency"),
        messages.get(language, "faq.export.contacts.official"));
  }
}
