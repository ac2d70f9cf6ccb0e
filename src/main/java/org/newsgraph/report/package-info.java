/**
 * The story report: takes what the articles say together ({@link org.newsgraph.analyze.Analysis})
 * with the sentences and names it points to, and renders one self-contained HTML page for readers
 * who do not write SPARQL. Pure: no I/O.
 */
package org.newsgraph.report;
