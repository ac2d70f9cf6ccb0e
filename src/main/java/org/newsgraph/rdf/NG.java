package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The newsgraph vocabulary, {@code ng:}; every term is declared in {@code ontology/newsgraph.ttl}.
 */
public final class NG {

  public static final String NS = "https://newsgraph.org/ns#";

  /** The ontology's own IRI, also the name of the graph it is loaded into. */
  public static final String ONTOLOGY = "https://newsgraph.org/ns";

  public static String getURI() {
    return NS;
  }

  public static final Node Mention = term("Mention");
  public static final Node Merge = term("Merge");
  public static final Node ClaimGroup = term("ClaimGroup");
  public static final Node Statement = term("Statement");
  public static final Node TimelineEntry = term("TimelineEntry");

  public static final Node textRole = term("textRole");
  public static final Node extractor = term("extractor");
  public static final Node sourceName = term("sourceName");
  public static final Node sha256 = term("sha256");
  public static final Node pipelineVersion = term("pipelineVersion");
  public static final Node isoCode = term("isoCode");
  public static final Node roleOfText = term("roleOfText");
  public static final Node validAt = term("validAt");
  public static final Node claimant = term("claimant");
  public static final Node claimantText = term("claimantText");
  public static final Node approx = term("approx");
  public static final Node hedge = term("hedge");
  public static final Node per = term("per");
  public static final Node about = term("about");
  public static final Node vague = term("vague");
  public static final Node since = term("since");
  public static final Node until = term("until");
  public static final Node partial = term("partial");
  public static final Node speakerRole = term("speakerRole");
  public static final Node eventType = term("eventType");
  public static final Node agent = term("agent");
  public static final Node merged = term("merged");
  public static final Node into = term("into");
  public static final Node method = term("method");
  public static final Node evidence = term("evidence");
  public static final Node preferredName = term("preferredName");
  public static final Node articlesDigest = term("articlesDigest");
  public static final Node leastName = term("leastName");
  public static final Node listedName = term("listedName");
  public static final Node articleCount = term("articleCount");
  public static final Node listedPost = term("listedPost");
  public static final Node roleLabel = term("roleLabel");
  public static final Node roleOfName = term("roleOfName");
  public static final Node claimantName = term("claimantName");
  public static final Node claimantNames = term("claimantNames");
  public static final Node sourceRank = term("sourceRank");
  public static final Node member = term("member");
  public static final Node version = term("version");
  public static final Node report = term("report");
  public static final Node compatible = term("compatible");
  public static final Node reason = term("reason");
  public static final Node sources = term("sources");
  public static final Node independentSources = term("independentSources");
  public static final Node copyOf = term("copyOf");
  public static final Node similarity = term("similarity");

  private static Node term(String local) {
    return NodeFactory.createURI(NS + local);
  }

  private NG() {}
}
