/**
 * {@code faq export}: the FAQ as a booklet-style document in one language, grouped by the Council's
 * booklets and then by topic, with a table of contents, every entry's sources and review status, and the
 * contacts, so the Council can review the bot's content as a document and print it. {@link
 * az.council.helpdesk.faq.export.BookletDocument} arranges the catalog; one {@link
 * az.council.helpdesk.faq.export.BookletRenderer} per {@link az.council.helpdesk.faq.export.BookletFormat}
 * writes it as Markdown or as a standalone printable HTML page, escaping all FAQ text for its format.
 */
package az.council.helpdesk.faq.export;
