package org.newsgraph.model;

import java.util.Optional;

/**
 * Something that happened, as the article reports it.
 *
 * @param span the words that report it (trigger and its arguments)
 * @param sentence index of the sentence
 * @param type one of announcement, order, movement, statement, talks, legal, disaster, election,
 *     protest, attack, meeting, other
 * @param label a short description ("Ruto announced a curfew")
 * @param date when it happened, ISO 8601, resolved against the article's date
 * @param agent the mention of who did it
 * @param place the mention of where it happened
 */
public record Event(
    CharSpan span,
    int sentence,
    String type,
    String label,
    Optional<String> date,
    Optional<CharSpan> agent,
    Optional<CharSpan> place) {}
