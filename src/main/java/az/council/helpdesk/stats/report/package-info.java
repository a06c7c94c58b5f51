/**
 * The annual report's paragraph on consultations, written from the statistics in Azerbaijani, Russian or
 * English in the style and order of the Council's 2022 report: countries with counts, "more than N people in
 * total", the topics, then Azerbaijani citizens abroad. The sentences live in the message bundles; this package
 * supplies the grammar they need around country names and numbers (Azerbaijani ablative with vowel harmony,
 * Russian genitive and plural forms, English articles).
 */
package az.council.helpdesk.stats.report;
