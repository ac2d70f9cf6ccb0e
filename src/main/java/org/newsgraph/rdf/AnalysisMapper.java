package org.newsgraph.rdf;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.analyze.Analysis;
import org.newsgraph.analyze.ClaimGroup;
import org.newsgraph.analyze.ClaimRecord;
import org.newsgraph.analyze.Copy;
import org.newsgraph.analyze.EventRecord;
import org.newsgraph.analyze.QuoteRecord;
import org.newsgraph.analyze.Statement;
import org.newsgraph.analyze.TimelineEntry;

/**
 * Maps what the articles say together to quads in the analysis graph: claim groups, statements,
 * timeline entries and copies. Pure; IRIs are minted from the members, so the same articles give
 * the same graph.
 */
public final class AnalysisMapper {

  private AnalysisMapper() {}

  /**
   * Writes the analysis's quads to {@code out}; does not call start or finish.
   *
   * @param claimantNames claim group key → its claimants as corroboration lists them
   */
  public static void map(Analysis analysis, Map<String, String> claimantNames, StreamRDF out) {
    Emit e = new Emit(out);
    for (ClaimGroup g : analysis.claims()) {
      Node n = Iris.finding("claim-group", g.key());
      e.add(n, RDF.Nodes.type, NG.ClaimGroup);
      e.add(n, SchemaDO.name.asNode(), str(g.label()));
      e.add(n, SchemaDO.minValue.asNode(), decimal(g.minValue()));
      e.add(n, SchemaDO.maxValue.asNode(), decimal(g.maxValue()));
      if (!g.unit().isBlank()) {
        e.add(n, SchemaDO.unitText.asNode(), str(g.unit()));
      }
      e.add(n, NG.compatible, typed(Boolean.toString(g.compatible()), XSDDatatype.XSDboolean));
      e.add(n, NG.reason, str(g.reason()));
      e.add(n, NG.sources, integer(g.sources()));
      e.add(n, NG.independentSources, integer(g.independentSources()));
      for (ClaimRecord c : g.members()) {
        e.add(n, NG.member, uri(c.iri()));
      }
      Optional.ofNullable(claimantNames.get(g.key()))
          .ifPresent(names -> e.add(n, NG.claimantNames, str(names)));
    }
    for (Statement s : analysis.statements()) {
      Node n = Iris.finding("statement", s.key());
      e.add(n, RDF.Nodes.type, NG.Statement);
      e.add(n, NG.claimant, uri(s.speaker()));
      e.add(n, NG.sources, integer(s.sources()));
      for (QuoteRecord q : s.versions()) {
        e.add(n, NG.version, uri(q.iri()));
      }
    }
    for (TimelineEntry t : analysis.timeline()) {
      Node n = Iris.finding("timeline", t.key());
      e.add(n, RDF.Nodes.type, NG.TimelineEntry);
      e.add(n, SchemaDO.startDate.asNode(), typed(t.date(), XSDDatatype.XSDdate));
      e.add(n, SchemaDO.name.asNode(), str(t.label()));
      e.add(n, NG.eventType, str(t.type()));
      e.add(n, NG.sources, integer(t.sources()));
      for (EventRecord r : t.reports()) {
        e.add(n, NG.report, uri(r.iri()));
      }
    }
    for (Copy c : analysis.copies()) {
      e.add(uri(c.article()), NG.copyOf, uri(c.copyOf()));
      e.add(uri(c.article()), NG.similarity, decimal(c.similarity()));
    }
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static Node str(String s) {
    return NodeFactory.createLiteralString(s);
  }

  private static Node integer(int i) {
    return typed(Integer.toString(i), XSDDatatype.XSDinteger);
  }

  private static Node decimal(double d) {
    return typed(
        BigDecimal.valueOf(d).stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
  }

  private static Node typed(String lexical, XSDDatatype type) {
    return NodeFactory.createLiteralDT(lexical, type);
  }

  /** Writes quads into the analysis graph. */
  private record Emit(StreamRDF out) {
    void add(Node s, Node p, Node o) {
      out.quad(Quad.create(Iris.ANALYSIS_GRAPH, s, p, o));
    }
  }
}
