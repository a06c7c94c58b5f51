/**
 * Lucene retrieval over the FAQ: one analyzer per language (Lucene has none for Azerbaijani, so {@link
 * az.council.helpdesk.search.AzerbaijaniAnalyzer} adds Turkic lower-casing, diacritic folding, Cyrillic input
 * and suffix stripping), a transliteration field for Russian typed in Latin letters, abbreviation expansion,
 * spelling correction against the FAQ vocabulary, and a fast language detector for short chat messages.
 */
package az.council.helpdesk.search;
