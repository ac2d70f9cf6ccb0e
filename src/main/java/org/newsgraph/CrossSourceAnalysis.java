package org.newsgraph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.analyze.Analysis;
import org.newsgraph.analyze.ClaimGroup;
import org.newsgraph.rdf.AnalysisMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.AnalysisReader;
import org.newsgraph.store.GraphStore;

/**
 * Rebuilds the analysis graph from all article graphs and the resolution graph: claim groups,
 * statements, copies, the timeline, and each article's rank in source-name order (the order the
 * bounded canned lists take their first articles in). Derived from the articles alone, so the
 * result does not depend on the order they were built in.
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
        claimantNames(analysis, reader.claimants(), reader.claimantNames()),
        new StreamRDFBase() {
          @Override
          public void quad(Quad quad) {
            quads.add(quad);
          }
        });
    Node g = Iris.ANALYSIS_GRAPH;
    List<String> bySource = reader.articlesBySource();
    for (int i = 0; i < bySource.size(); i++) {
      quads.add(
          Quad.create(
              g,
              NodeFactory.createURI(bySource.get(i)),
              NG.sourceRank,
              NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger)));
    }
    quads.add(
        Quad.create(g, g, NG.articlesDigest, NodeFactory.createLiteralString(articlesDigest)));
    store.replaceGraph(g, quads);
    return analysis;
  }

  /**
   * Each claim group's claimants as corroboration lists them, by group key: the names of its
   * members' claimant nodes, in the order the members are stated (by source name, then in the
   * text), each node's names sorted, each name once, separated by commas. Groups whose members name
   * no claimant are left out.
   */
  private static Map<String, String> claimantNames(
      Analysis analysis,
      Map<String, AnalysisReader.Claimant> claimants,
      Map<String, SortedSet<String>> names) {
    Comparator<AnalysisReader.Claimant> stated =
        Comparator.comparing(AnalysisReader.Claimant::source)
            .thenComparing(AnalysisReader.Claimant::article)
            .thenComparingInt(AnalysisReader.Claimant::begin);
    Map<String, String> out = new HashMap<>();
    for (ClaimGroup g : analysis.claims()) {
      Set<String> listed = new LinkedHashSet<>();
      g.members().stream()
          .map(c -> claimants.get(c.iri()))
          .filter(Objects::nonNull)
          .sorted(stated)
          .forEach(c -> listed.addAll(names.getOrDefault(c.node(), Collections.emptySortedSet())));
      if (!listed.isEmpty()) {
        out.put(g.key(), String.join(", ", listed));
      }
    }
    return out;
  }
}
