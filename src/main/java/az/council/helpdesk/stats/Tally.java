package az.council.helpdesk.stats;

/** How many of something: persons of a citizenship, inquiries on a topic, cases with an outcome… */
public record Tally<K>(K key, int count) {}
