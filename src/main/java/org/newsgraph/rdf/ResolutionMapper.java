package org.newsgraph.rdf;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.resolve.Merge;

/**
 * Maps what resolution across articles found to quads in the resolution graph: each merge as {@code
 * owl:sameAs} plus an {@code ng:Merge} with its method and evidence, and the preferred name of
 * every person known under several names.
 */
public final class ResolutionMapper {

  private ResolutionMapper() {}

  /**
   * @param merges merged node → canonical node, with evidence
   * @param preferredNames person IRI → the name to show
   * @param articlesDigest the store's articles digest these were derived from
   */
  public static void map(
      List<Merge> merges,
      Map<String, String> preferredNames,
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
  }
}
