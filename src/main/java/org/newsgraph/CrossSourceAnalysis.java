package org.newsgraph;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.analyze.Analysis;
import org.newsgraph.rdf.AnalysisMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.AnalysisReader;
import org.newsgraph.store.GraphStore;

/**
 * Rebuilds the analysis graph from all article graphs and the resolution graph: claim groups,
 * statements, copies and the timeline. Derived from the articles alone, so the result does not
 * depend on the order they were built in.
 */
public final class CrossSourceAnalysis {

  private CrossSourceAnalysis() {}

  /**
   * Reads the store, analyses, and replaces the analysis graph, marked as derived from the articles
   * with {@code articlesDigest}; returns what it found.
   */
  public static Analysis rebuild(GraphStore store, String articlesDigest) {
    AnalysisReader reader = new AnalysisReader(store);
    Analysis analysis =
        Analysis.of(reader.articles(), reader.claims(), reader.quotes(), reader.events());
    List<Quad> quads = new ArrayList<>();
    AnalysisMapper.map(
        analysis,
        new StreamRDFBase() {
          @Override
          public void quad(Quad quad) {
            quads.add(quad);
          }
        });
    Node g = Iris.ANALYSIS_GRAPH;
    quads.add(
        Quad.create(g, g, NG.articlesDigest, NodeFactory.createLiteralString(articlesDigest)));
    store.replaceGraph(g, quads);
    return analysis;
  }
}
