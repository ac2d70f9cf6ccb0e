package org.newsgraph.analyze;

/**
 * A country or place named in a claim's sentence.
 *
 * @param anchor the text as written ("Chad", "Sudanese")
 * @param place the IRI it stands for, rolled up to its country when it lies in one, so a city and
 *     its country compare equal
 * @param afterNumber whether it comes after the number in the sentence
 */
public record PlaceMention(String anchor, String place, boolean afterNumber) {}
