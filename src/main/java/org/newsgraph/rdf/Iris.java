package org.newsgraph.rdf;

import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.model.CharSpan;
import org.newsgraph.resolve.EntityKeys;

/**
 * Mints IRIs from content, so that the same input always gives the same graph. An article's IRI is
 * also the name of the graph that holds its facts.
 */
public final class Iris {

  /** Base of every IRI newsgraph mints for data. */
  public static final String BASE = "https://newsgraph.org/id/";

  /** The graph that holds what is found across articles: merges and preferred names. */
  public static final Node RESOLUTION_GRAPH =
      NodeFactory.createURI("https://newsgraph.org/graph/resolution");

  /** The graph that holds what the articles say together: claim groups, statements, copies. */
  public static final Node ANALYSIS_GRAPH =
      NodeFactory.createURI("https://newsgraph.org/graph/analysis");

  public static Node article(String articleId) {
    return NodeFactory.createURI(BASE + "article/" + articleId);
  }

  /** The parts of an article that get IRIs of their own, each minted from its character span. */
  public enum Part {
    SENTENCE("sentence"),
    MENTION("mention"),
    ROLE("role"),
    QUANTITY("quantity"),
    QUOTE("quote"),
    EVENT("event");

    private final String segment;

    Part(String segment) {
      this.segment = segment;
    }
  }

  /** A part of an article: {@code <article>/quote/120-180}. */
  public static Node part(Node article, Part part, CharSpan span) {
    return NodeFactory.createURI(
        article.getURI() + "/" + part.segment + "/" + span.begin() + "-" + span.end());
  }

  /** A post such as President, shared by everyone who holds it: {@code role/interior-minister}. */
  public static Node role(String title) {
    return NodeFactory.createURI(BASE + "role/" + EntityKeys.slug(title));
  }

  /** An entity from its resolved key, e.g. {@code country/CL} or {@code person/ana-lima}. */
  public static Node entity(String key) {
    return NodeFactory.createURI(BASE + key);
  }

  /** A merge, named by the two nodes it joins. */
  public static Node merge(String from, String into) {
    return NodeFactory.createURI(
        BASE + "merge/" + DigestUtils.sha256Hex(from + " " + into).substring(0, 16));
  }

  /** A finding across articles, e.g. {@code claim-group/…}, named by what it groups. */
  public static Node finding(String kind, String key) {
    return NodeFactory.createURI(BASE + kind + "/" + DigestUtils.sha256Hex(key).substring(0, 16));
  }

  public static Node wikidata(String qid) {
    return NodeFactory.createURI("http://www.wikidata.org/entity/" + qid);
  }

  public static Node geonames(String id) {
    return NodeFactory.createURI("https://sws.geonames.org/" + id + "/");
  }

  private Iris() {}
}
