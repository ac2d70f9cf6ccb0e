package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The term of the W3C ITS 2.0 RDF vocabulary that links a mention to its entity. */
public final class ITSRDF {

  public static final String NS = "http://www.w3.org/2005/11/its/rdf#";

  public static String getURI() {
    return NS;
  }

  public static final Node taIdentRef = NodeFactory.createURI(NS + "taIdentRef");

  private ITSRDF() {}
}
