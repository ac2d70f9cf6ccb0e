package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.model.CharSpan;

/**
 * Mints IRIs from content, so that the same input always gives the same graph. An article's IRI is
 * also the name of the graph that holds its facts.
 */
public final class Iris {

  /** Base of every IRI newsgraph mints for data. */
  public static final String BASE = "https://newsgraph.org/id/";

  public static Node article(String articleId) {
    return NodeFactory.createURI(BASE + "article/" + articleId);
  }

  public static Node sentence(Node article, CharSpan span) {
    return NodeFactory.createURI(article.getURI() + "/sentence/" + span.begin() + "-" + span.end());
  }

  public static Node mention(Node article, CharSpan span) {
    return NodeFactory.createURI(article.getURI() + "/mention/" + span.begin() + "-" + span.end());
  }

  /** An entity from its resolved key, e.g. {@code country/KZ} or {@code person/vladimir-putin}. */
  public static Node entity(String key) {
    return NodeFactory.createURI(BASE + key);
  }

  public static Node wikidata(String qid) {
    return NodeFactory.createURI("http://www.wikidata.org/entity/" + qid);
  }

  public static Node geonames(String id) {
    return NodeFactory.createURI("https://sws.geonames.org/" + id + "/");
  }

  private Iris() {}
}
