package org.newsgraph.analyze;

/**
 * An event as the graph states it.
 *
 * @param iri the event node
 * @param article the article IRI
 * @param type its type ("announcement", "movement", ...)
 * @param label its label ("governor declared a state of emergency")
 * @param date its date (ISO date), or empty when the article does not say
 * @param agent who acted: the canonical node, or empty
 */
public record EventRecord(
    String iri, String article, String type, String label, String date, String agent) {}
