package org.newsgraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.ingest.Ingest;
import org.newsgraph.ingest.IngestSink;
import org.newsgraph.model.Document;
import org.newsgraph.model.RawArticle;
import org.newsgraph.rdf.DocumentMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.rdf.ResolutionMapper;
import org.newsgraph.resolve.Merge;
import org.newsgraph.resolve.PersonMerger;
import org.newsgraph.resolve.PersonRecord;
import org.newsgraph.store.GraphStore;

/**
 * Builds the graph: reads sources, runs the pipeline on each article the store does not already
 * hold in this version, validates the article's graph and replaces it in the store in one
 * transaction. A bad article is reported and skipped; the batch goes on.
 */
public final class GraphBuilder {

  /** What happened to each input, as it happens. */
  public interface Listener {
    void article(String source, Outcome outcome);

    void rejected(String input, String reason);

    /** The article was stored, but its graph breaks the shapes: an extractor bug, not bad input. */
    default void invalid(String source, List<String> violations) {}
  }

  /** The fate of one article. */
  public enum Outcome {
    ADDED,
    UPDATED,
    UNCHANGED
  }

  /** Counts for the summary line. */
  public record Summary(
      int added, int updated, int unchanged, int rejected, int invalid, long quads, long millis) {

    public String render() {
      return String.format(
          "%d added, %d updated, %d unchanged, %d skipped; %d quads written; %.1f s",
          added, updated, unchanged, rejected, quads, millis / 1000.0);
    }
  }

  private final GraphStore store;
  private final Pipeline pipeline;
  private final DocumentMapper mapper = new DocumentMapper(Pipeline.VERSION);

  public GraphBuilder(GraphStore store, Pipeline pipeline) {
    this.store = store;
    this.pipeline = pipeline;
  }

  /** Builds from files and folders; never throws for a bad input. */
  public Summary build(List<Path> paths, Listener listener) {
    long start = System.nanoTime();
    store.ensureOntology(Ontology.graph());
    Counter c = new Counter();
    Ingest.read(
        paths,
        new IngestSink() {
          @Override
          public void accept(RawArticle article) {
            buildOne(article, listener, c);
          }

          @Override
          public void reject(String input, String reason) {
            c.rejected++;
            listener.rejected(input, reason);
          }
        });
    if (c.added + c.updated > 0) {
      resolveAcrossArticles();
      CrossSourceAnalysis.rebuild(store);
    }
    return new Summary(
        c.added, c.updated, c.unchanged, c.rejected, c.invalid, c.quads,
        (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * Rebuilds the resolution graph from all article graphs: which person nodes are one person, and
   * the name to show for each person known under several names. Derived from the articles alone,
   * so the result does not depend on the order they were built in.
   */
  private void resolveAcrossArticles() {
    List<PersonRecord> people = store.people();
    List<Merge> merges = new PersonMerger().merge(people);
    Map<String, Map<String, Integer>> names = new TreeMap<>();
    Map<String, String> canonical = new HashMap<>();
    merges.forEach(m -> canonical.put(m.from(), m.into()));
    for (PersonRecord p : people) {
      Map<String, Integer> into =
          names.computeIfAbsent(canonical.getOrDefault(p.iri(), p.iri()), k -> new HashMap<>());
      fullNames(p.names()).forEach((n, count) -> into.merge(n, count, Integer::sum));
    }
    Map<String, String> preferred = new TreeMap<>();
    names.forEach(
        (iri, n) -> {
          if (n.size() > 1) {
            preferred.put(iri, PersonMerger.preferredName(n));
          }
        });
    List<Quad> quads = new ArrayList<>();
    ResolutionMapper.map(merges, preferred, collector(quads));
    store.replaceGraph(Iris.RESOLUTION_GRAPH, quads);
  }

  /** Names of more than one word: a surname alone is never the name to show. */
  private static Map<String, Integer> fullNames(Map<String, Integer> names) {
    Map<String, Integer> out = new HashMap<>();
    names.forEach(
        (n, count) -> {
          if (n.trim().contains(" ")) {
            out.merge(n, count, Integer::sum);
          }
        });
    return out.isEmpty() ? names : out;
  }

  private void buildOne(RawArticle raw, Listener listener, Counter c) {
    Node graph = Iris.article(raw.meta().id());
    GraphStore.ArticleState state = store.state(graph, raw.meta().sha256(), Pipeline.VERSION);
    if (state == GraphStore.ArticleState.UNCHANGED) {
      c.unchanged++;
      listener.article(raw.meta().source(), Outcome.UNCHANGED);
      return;
    }
    List<Quad> quads;
    try {
      Document doc = pipeline.process(raw);
      quads = new ArrayList<>();
      mapper.map(doc, collector(quads));
    } catch (RuntimeException e) {
      c.rejected++;
      listener.rejected(raw.meta().source(), "extraction failed: " + e);
      return;
    }
    List<String> violations = Ontology.violations(asGraph(quads));
    if (!violations.isEmpty()) {
      c.invalid++;
      listener.invalid(raw.meta().source(), violations);
    }
    store.replaceGraph(graph, quads);
    c.quads += quads.size();
    if (state == GraphStore.ArticleState.ABSENT) {
      c.added++;
      listener.article(raw.meta().source(), Outcome.ADDED);
    } else {
      c.updated++;
      listener.article(raw.meta().source(), Outcome.UPDATED);
    }
  }

  private static StreamRDF collector(List<Quad> into) {
    return new StreamRDFBase() {
      @Override
      public void quad(Quad quad) {
        into.add(quad);
      }
    };
  }

  private static Graph asGraph(List<Quad> quads) {
    Graph g = GraphFactory.createDefaultGraph();
    for (Quad q : quads) {
      g.add(q.asTriple());
    }
    return g;
  }

  private static final class Counter {
    int added;
    int updated;
    int unchanged;
    int rejected;
    int invalid;
    long quads;
  }
}
