package org.newsgraph.store;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/** Reading values out of SPARQL result rows, for the readers in this package. */
final class Solutions {

  private Solutions() {}

  /** A literal's text or a resource's IRI; empty when unbound. */
  static String text(QuerySolution r, String var) {
    RDFNode n = r.get(var);
    if (n == null) {
      return "";
    }
    return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
  }

  /** A resource's IRI; empty when unbound or not an IRI. */
  static String iri(QuerySolution r, String var) {
    RDFNode n = r.get(var);
    return n != null && n.isURIResource() ? n.asResource().getURI() : "";
  }
}
