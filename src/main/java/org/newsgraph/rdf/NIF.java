package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms of NIF 2.0 Core that newsgraph uses for text, sentences and character offsets. */
public final class NIF {

  public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

  public static String getURI() {
    return NS;
  }

  public static final Node Context = term("Context");
  public static final Node Sentence = term("Sentence");
  public static final Node Phrase = term("Phrase");
  public static final Node isString = term("isString");
  public static final Node beginIndex = term("beginIndex");
  public static final Node endIndex = term("endIndex");
  public static final Node anchorOf = term("anchorOf");
  public static final Node referenceContext = term("referenceContext");
  public static final Node sentence = term("sentence");

  private static Node term(String local) {
    return NodeFactory.createURI(NS + local);
  }

  private NIF() {}
}
