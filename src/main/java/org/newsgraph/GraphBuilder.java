package org.newsgraph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
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
 * hold in this version, validates the article's graph and replaces it in the store, whole articles
 * {@link #BATCH_ARTICLES} to a transaction. A bad article is reported and skipped; the batch goes
 * on.
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

  /** How long extracting one article may take by default before it is skipped. */
  public static final Duration DEFAULT_ARTICLE_TIMEOUT = Duration.ofSeconds(60);

  private final GraphStore store;
  private final Supplier<Pipeline> pipelines;
  private final Duration articleTimeout;
  private final DocumentMapper mapper = new DocumentMapper(Pipeline.VERSION);
  private Pipeline pipeline;
  private ExecutorService worker = newWorker();

  /**
   * Articles written per store transaction. A commit costs far more than adding one article's
   * quads, and a transaction holds whole articles only, so a batch never leaves half an article.
   */
  public static final int BATCH_ARTICLES = 32;

  /** An extracted article waiting for its batch to be written. */
  private record Pending(
      String source, String sha256, GraphStore.ArticleState state, List<Quad> quads) {}

  private final Map<Node, Pending> pending = new LinkedHashMap<>();

  /**
   * @param pipelines makes a pipeline; called once, and again after an article overran {@code
   *     articleTimeout}, because the overrunning thread may still be using the old one
   * @param articleTimeout how long extracting one article may take before it is skipped
   */
  public GraphBuilder(GraphStore store, Supplier<Pipeline> pipelines, Duration articleTimeout) {
    this.store = store;
    this.pipelines = pipelines;
    this.articleTimeout = articleTimeout;
    this.pipeline = pipelines.get();
  }

  /** A builder with the {@link #DEFAULT_ARTICLE_TIMEOUT}. */
  public GraphBuilder(GraphStore store, Supplier<Pipeline> pipelines) {
    this(store, pipelines, DEFAULT_ARTICLE_TIMEOUT);
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
            if (pending.size() >= BATCH_ARTICLES) {
              flush(listener, c);
            }
          }

          @Override
          public void reject(String input, String reason) {
            c.rejected++;
            listener.rejected(input, reason);
          }
        });
    flush(listener, c);
    // Not "if anything changed": a build killed after storing articles but before deriving
    // must have its derived graphs completed by the next build, even one that changes nothing.
    String digest = store.articlesDigest();
    if (!store.derivedFrom(Iris.RESOLUTION_GRAPH).equals(Optional.of(digest))) {
      resolveAcrossArticles(digest);
    }
    if (!store.derivedFrom(Iris.ANALYSIS_GRAPH).equals(Optional.of(digest))) {
      CrossSourceAnalysis.rebuild(store, digest);
    }
    return new Summary(
        c.added,
        c.updated,
        c.unchanged,
        c.rejected,
        c.invalid,
        c.quads,
        (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * Rebuilds the resolution graph from all article graphs: which person nodes are one person, and
   * the name to show for each person known under several names. Derived from the articles alone, so
   * the result does not depend on the order they were built in; records {@code digest}, the state
   * of the articles it was derived from.
   */
  private void resolveAcrossArticles(String digest) {
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
    ResolutionMapper.map(merges, preferred, digest, collector(quads));
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
    Pending waiting = pending.get(graph);
    GraphStore.ArticleState state =
        waiting != null && waiting.sha256().equals(raw.meta().sha256())
            ? GraphStore.ArticleState.UNCHANGED
            : store.state(graph, raw.meta().sha256(), Pipeline.VERSION);
    if (state == GraphStore.ArticleState.UNCHANGED) {
      c.unchanged++;
      listener.article(raw.meta().source(), Outcome.UNCHANGED);
      return;
    }
    List<Quad> quads;
    try {
      Document doc = extract(raw);
      quads = new ArrayList<>();
      mapper.map(doc, collector(quads));
    } catch (TimeoutException e) {
      c.rejected++;
      listener.rejected(
          raw.meta().source(),
          "extraction took longer than " + render(articleTimeout) + "; skipped");
      return;
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
    pending.put(graph, new Pending(raw.meta().source(), raw.meta().sha256(), state, quads));
  }

  /** Writes the waiting articles in one transaction, then reports them. */
  private void flush(Listener listener, Counter c) {
    if (pending.isEmpty()) {
      return;
    }
    Map<Node, List<Quad>> batch = new LinkedHashMap<>();
    pending.forEach((graph, p) -> batch.put(graph, p.quads()));
    store.replaceGraphs(batch);
    for (Pending p : pending.values()) {
      c.quads += p.quads().size();
      if (p.state() == GraphStore.ArticleState.ABSENT) {
        c.added++;
        listener.article(p.source(), Outcome.ADDED);
      } else {
        c.updated++;
        listener.article(p.source(), Outcome.UPDATED);
      }
    }
    pending.clear();
  }

  /**
   * Runs the pipeline on a worker thread and waits at most the article timeout. Java cannot stop a
   * thread stuck in a regular expression or a model, so an overrunning extraction is abandoned to
   * finish on its own (its result is dropped) and later articles get a fresh thread and pipeline.
   */
  private Document extract(RawArticle raw) throws TimeoutException {
    Pipeline p = pipeline;
    Future<Document> result = worker.submit(() -> p.process(raw));
    try {
      return result.get(articleTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      pipeline = pipelines.get();
      throw e;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting " + raw.meta().source(), e);
    }
  }

  private static String render(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  /** One daemon thread, ended when idle, so a builder needs no closing and never holds a JVM. */
  private static ExecutorService newWorker() {
    return new ThreadPoolExecutor(
        0,
        1,
        10,
        TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(),
        r -> {
          Thread t = new Thread(r, "newsgraph-extract");
          t.setDaemon(true);
          return t;
        });
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
