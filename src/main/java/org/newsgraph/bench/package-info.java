/**
 * The benchmark: a corpus of distinct articles varied from templates, and measurements of the whole
 * path (text to quads, on one and several threads) against OpenNLP alone, of loading the store
 * against Jena's bulk loader, and of the canned queries on the store just built.
 */
package org.newsgraph.bench;
