/**
 * RDF: vocabulary classes (one per namespace), IRI minting, and the mapping of a resolved {@link
 * org.newsgraph.model.Document} to quads in the article's named graph, written to a {@link
 * org.apache.jena.riot.system.StreamRDF} that does not know where they end up.
 */
package org.newsgraph.rdf;
