package org.newsgraph.analyze;

/**
 * A direct quote as the graph states it.
 *
 * @param iri the quotation node
 * @param article the article IRI
 * @param speaker the speaker's canonical node (after resolution across articles), or empty
 * @param text the quoted words
 */
public record QuoteRecord(String iri, String article, String speaker, String text) {}
