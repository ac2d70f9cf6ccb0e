package org.newsgraph.analyze;

/**
 * An article's cleaned text, for finding copies.
 *
 * @param iri the article
 * @param published its date or date-time (ISO), or empty: the earliest of a set of copies is the
 *     original
 * @param text the cleaned text ({@code nif:isString})
 */
public record ArticleText(String iri, String published, String text) {}
