package org.newsgraph.resolve;

/**
 * One person node found to be the same person as another, and why.
 *
 * @param from the node merged away
 * @param into the canonical node of its cluster
 * @param method which comparison matched: romanisation, double-metaphone, beider-morse or surname
 * @param evidence a readable account of the match and the context checks it passed
 */
public record Merge(String from, String into, String method, String evidence) {}
