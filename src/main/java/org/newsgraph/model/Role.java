package org.newsgraph.model;

import java.util.Optional;

/**
 * A post a person holds, as the article states it: "Kenyan President William Ruto", "Brazil's
 * energy minister Alexandre Silveira", "X, a spokesman for Y".
 *
 * @param person span of the person's mention
 * @param title the post, normalised to title case without nationality ("President", "Interior
 *     Minister", "Acting Chief")
 * @param of span of the mention of the country or organisation served, when there is one
 * @param ofText the country or organisation as written ("Kenyan", "Brazil", "the Electoral
 *     Committee"), empty if none
 * @param evidence the words the role was read from
 * @param sentence index of the sentence
 */
public record Role(
    CharSpan person,
    String title,
    Optional<CharSpan> of,
    String ofText,
    CharSpan evidence,
    int sentence) {}
