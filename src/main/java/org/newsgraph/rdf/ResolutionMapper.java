package org.newsgraph.rdf;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.resolve.Merge;
import org.newsgraph.resolve.PeopleListing;

/**
 * Maps what resolution across articles found to quads in the resolution graph: each merge as {@code
 * owl:sameAs} plus an {@code ng:Merge} with its method and evidence, the preferred name of every
 * person known under several names, and what the canned lists show once per entity: each entity's
 * least name, each person's listing and the names each claimant is listed under.
 */
public final class ResolutionMapper {

  private ResolutionMapper() {}

  /**
   * @param merges merged node → canonical node, with evidence
   * @param preferredNames person IRI → the name to show
   * @param leastNames entity IRI → the least of its names
   * @param people the people listing
   * @param claimantNames node that claims something → the names it is listed under
   * @param articlesDigest the store's articles digest these were derived from
   */
  public static void map(
      List<Merge> merges,
      Map<String, String> preferredNames,
      Map<String, String> leastNames,
      List<PeopleListing.Listed> people,
      Map<String, Set<String>> claimantNames,
      String articlesDigest,
      StreamRDF out) {
    Node g = Iris.RESOLUTION_GRAPH;
    text(out, g, NG.articlesDigest, articlesDigest);
    for (Merge m : merges) {
      Node from = uri(m.from());
      Node into = uri(m.into());
      Node n = Iris.merge(m.from(), m.into());
      out.quad(Quad.create(g, from, OWL.sameAs.asNode(), into));
      out.quad(Quad.create(g, n, RDF.Nodes.type, NG.Merge));
      out.quad(Quad.create(g, n, NG.merged, from));
      out.quad(Quad.create(g, n, NG.into, into));
      text(out, n, NG.method, m.method());
      text(out, n, NG.evidence, m.evidence());
    }
    preferredNames.forEach((iri, name) -> text(out, uri(iri), NG.preferredName, name));
    new TreeMap<>(leastNames).forEach((iri, name) -> text(out, uri(iri), NG.leastName, name));
    claimantNames.forEach(
        (iri, names) -> names.forEach(name -> text(out, uri(iri), NG.claimantName, name)));
    for (PeopleListing.Listed p : people) {
      Node person = uri(p.person());
      text(out, person, NG.listedName, p.name());
      out.quad(
          Quad.create(
              g,
              person,
              NG.articleCount,
              NodeFactory.createLiteralDT(Integer.toString(p.articles()), XSDDatatype.XSDinteger)));
      for (PeopleListing.Post post : p.posts()) {
        Node n =
            Iris.finding(
                "post",
                p.person()
                    + "\n"
                    + post.role()
                    + "\n"
                    + post.roleOf().map(o -> "of " + o).orElse(""));
        out.quad(Quad.create(g, person, NG.listedPost, n));
        text(out, n, NG.roleLabel, post.role());
        post.roleOf().ifPresent(o -> text(out, n, NG.roleOfName, o));
      }
    }
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  /** A plain-text statement in the resolution graph. */
  private static void text(StreamRDF out, Node subject, Node property, String value) {
    out.quad(
        Quad.create(
            Iris.RESOLUTION_GRAPH, subject, property, NodeFactory.createLiteralString(value)));
  }
}
