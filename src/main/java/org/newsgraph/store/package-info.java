/**
 * The TDB2 store: one named graph per article, the ontology in a graph of its own, the default
 * graph the union of all. Each article is replaced in one write transaction, so the store only ever
 * holds whole articles. Also export and SPARQL queries over the store.
 */
package org.newsgraph.store;
