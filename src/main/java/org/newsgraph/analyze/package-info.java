/**
 * Analysis across articles: takes records read from the whole graph (claims, quotes, events and
 * article texts) and finds what the sources say together — groups of quantity claims about one
 * measured thing with their spread and whether they agree, one statement quoted in several
 * renderings, near-duplicate articles, and a timeline of dated events. Pure and deterministic: no
 * I/O, and the same records in any order give the same result.
 */
package org.newsgraph.analyze;
