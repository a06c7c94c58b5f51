/**
 * The FAQ as data: YAML files under {@code faq/} (one per topic, plus {@code contacts.yaml}), loaded with line
 * numbers so that {@code faq check} can point editors at {@code file:line}, checked strictly, and exported as a
 * printable booklet. Entries are immutable records in all three languages.
 */
package az.council.helpdesk.faq;
