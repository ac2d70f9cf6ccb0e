package org.newsgraph.model;

import java.util.Optional;

/**
 * A direct quote and who said it.
 *
 * @param span the quoted words without the quote marks (for a quote over several paragraphs, from
 *     the first word to the last)
 * @param sentence index of the sentence the quote starts in
 * @param text the quoted words; paragraphs of a multi-paragraph quote joined by a space
 * @param speaker the mention of the speaker: a named person or organisation, or the nearest fitting
 *     named speaker for "he said"
 * @param speakerText the speaker as written at the attribution ("he", "Mr Ruto", "officials")
 * @param partial true for a few quoted words inside a sentence of reported speech
 */
public record Quote(
    CharSpan span,
    int sentence,
    String text,
    Optional<CharSpan> speaker,
    String speakerText,
    boolean partial) {}
