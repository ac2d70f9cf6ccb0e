package org.newsgraph.rdf;

import java.util.List;
import java.util.Map;
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
      Map<String, java.util.Set<String>> claimantNames,
      String articlesDigest,
      StreamRDF out) {
    Node g = Iris.RESOLUTION_GRAPH;
    out.quad(Quad.create(g, g, NG.articlesDigest, NodeFactory.createLiteralString(articlesDigest)));
    for (Merge m : merges) {
      Node from = NodeFactory.createURI(m.from());
      Node into = NodeFactory.createURI(m.into());
      Node n = Iris.merge(m.from(), m.into());
      out.quad(Quad.create(g, from, OWL.sameAs.asNode(), into));
      out.quad(Quad.create(g, n, RDF.Nodes.type, NG.Merge));
      out.quad(Quad.create(g, n, NG.merged, from));
      out.quad(Quad.create(g, n, NG.into, into));
      out.quad(Quad.create(g, n, NG.method, NodeFactory.createLiteralString(m.method())));
      out.quad(Quad.create(g, n, NG.evidence, NodeFactory.createLiteralString(m.evidence())));
    }
    preferredNames.forEach(
        (iri, name) ->
            out.quad(
                Quad.create(
                    g,
                    NodeFactory.createURI(iri),
                    NG.preferredName,
                    NodeFactory.createLiteralString(name))));
    new java.util.TreeMap<>(leastNames)
        .forEach(
            (iri, name) ->
                out.quad(
                    Quad.create(
                        g,
                        NodeFactory.createURI(iri),
                        NG.leastName,
                        NodeFactory.createLiteralString(name))));
    claimantNames.forEach(
        (iri, names) ->
            names.forEach(
                name ->
                    out.quad(
                        Quad.create(
                            g,
                            NodeFactory.createURI(iri),
                            NG.claimantName,
                            NodeFactory.createLiteralString(name)))));
    for (PeopleListing.Listed p : people) {
      Node person = NodeFactory.createURI(p.person());
      out.quad(Quad.create(g, person, NG.listedName, NodeFactory.createLiteralString(p.name())));
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
        out.quad(Quad.create(g, n, NG.roleLabel, NodeFactory.createLiteralString(post.role())));
        post.roleOf()
            .ifPresent(
                o ->
                    out.quad(Quad.create(g, n, NG.roleOfName, NodeFactory.createLiteralString(o))));
      }
    }
  }
}
