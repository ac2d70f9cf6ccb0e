package org.newsgraph.analyze;

/**
 * An article that repeats another: the same story syndicated or republished with other page
 * furniture.
 *
 * @param article the copy
 * @param copyOf the original it is counted under: the earliest of its set of copies
 * @param similarity shared word 5-grams over those of the shorter text, 0–1
 */
public record Copy(String article, String copyOf, double similarity) {}
