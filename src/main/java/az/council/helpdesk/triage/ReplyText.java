package az.council.helpdesk.triage;

import az.council.helpdesk.faq.Contact;
import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.faq.FaqEntry;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import java.util.List;

/** The plain text a person reads for a verdict, in their language (used by {@code ask} and the chat). */
public final class ReplyText {
  private final FaqCatalog catalog;
  private final Messages messages;

  public ReplyText(FaqCatalog catalog, Messages messages) {
    this.catalog = catalog;
    this.messages = messages;
  }

  public String render(Reply reply, Language language) {
    return switch (reply) {
      case Reply.Answer a -> a.entry().in(language).answer();
      case Reply.Suggestions s -> suggestions(s.candidates(), language);
      case Reply.OutOfScope o -> messages.get(language, "triage.outOfScope");
      case Reply.Unreadable u -> unreadable(language);
      case Reply.Urgent u -> urgent(u.reason(), language);
    };
  }

  /**
   * The request to write in a language the bot reads, in all three (the person's first), since the chosen
   * language may be only a guess; then the emergency numbers, because what the message says is unknown.
   */
  public String unreadable(Language language) {
    StringBuilder text = new StringBuilder(messages.get(language, "triage.unreadable"));
    for (Language other : Language.values()) {
      if (other != language) {
        text.append("\n\n").append(messages.get(other, "triage.unreadable"));
      }
    }
    return text.append(contacts(language)).toString();
  }

  private String suggestions(List<FaqEntry> candidates, Language language) {
    StringBuilder text = new StringBuilder(messages.get(language, "triage.notSure"));
    for (int i = 0; i < candidates.size(); i++) {
      text.append('\n').append(messages.get(language, "triage.suggestion", i + 1,
          candidates.get(i).in(language).question()));
    }
    return text.toString();
  }

  /** The notice for a message with words of fear: the emergency contacts, without handing over. */
  public String distress(Language language) {
    return messages.get(language, "triage.distress") + contacts(language);
  }

  private String contacts(Language language) {
    StringBuilder text = new StringBuilder();
    List<Contact> contacts = catalog.emergencyContacts();
    if (!contacts.isEmpty()) {
      text.append("\n\n").append(messages.get(language, "triage.urgent.contacts"));
      for (Contact contact : contacts) {
        text.append("\n• ").append(contact.render(language));
      }
    }
    return text.toString();
  }

  /** The urgent notice with the emergency contacts from {@code faq/contacts.yaml}. */
  public String urgent(Urgency reason, Language language) {
    return messages.get(language, reason == Urgency.SELF_HARM ? "triage.urgent.selfHarm" : "triage.urgent")
        + contacts(language);
  }
}
