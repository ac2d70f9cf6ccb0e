package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The newsgraph vocabulary, {@code ng:}; every term is declared in {@code ontology/newsgraph.ttl}. */
public final class NG {

  public static final String NS = "https://newsgraph.org/ns#";

  /** The ontology's own IRI, also the name of the graph it is loaded into. */
  public static final String ONTOLOGY = "https://newsgraph.org/ns";

  public static String getURI() {
    return NS;
  }

  public static final Node Mention = term("Mention");

  public static final Node textRole = term("textRole");
  public static final Node extractor = term("extractor");
  public static final Node sourceName = term("sourceName");
  public static final Node sha256 = term("sha256");
  public static final Node pipelineVersion = term("pipelineVersion");
  public static final Node isoCode = term("isoCode");

  private static Node term(String local) {
    return NodeFactory.createURI(NS + local);
  }

  private NG() {}
}
