package org.newsgraph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
import org.newsgraph.resolve.EntityNames;
import org.newsgraph.resolve.Merge;
import org.newsgraph.resolve.PeopleListing;
import org.newsgraph.resolve.PersonMerger;
import org.newsgraph.resolve.PersonRecord;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.ListingReader;

/**
 * Builds the graph: reads sources, runs the pipeline on each article the store does not already
 * hold in this version, validates the article's graph and replaces it in the store, whole articles
 * {@link #DEFAULT_BATCH_ARTICLES} to a transaction unless told otherwise. A bad article is reported
 * and skipped; the batch goes on.
 *
 * <p>Articles are extracted on several worker threads, one pipeline each, but stored and reported
 * in input order, so a build's store and output do not depend on the number of threads.
 */
public final class GraphBuilder {

  /** What happened to each input, in input order. */
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

  /** Counts for the summary line; {@code compacted}: the store was compacted at the end. */
  public record Summary(
      int added,
      int updated,
      int unchanged,
      int rejected,
      int invalid,
      long quads,
      long millis,
      boolean compacted) {

    public String render() {
      return String.format(
          "%d added, %d updated, %d unchanged, %d skipped; %d quads written; %.1f s%s",
          added,
          updated,
          unchanged,
          rejected,
          quads,
          millis / 1000.0,
          compacted ? "; store compacted" : "");
    }
  }

  /** How long extracting one article may take by default before it is skipped. */
  public static final Duration DEFAULT_ARTICLE_TIMEOUT = Duration.ofSeconds(60);

  private final GraphStore store;
  private final Duration articleTimeout;
  private final DocumentMapper mapper = new DocumentMapper(Pipeline.VERSION);
  private final ThreadLocal<Pipeline> pipeline;
  private final ThreadPoolExecutor workers;

  /** Articles submitted to the workers and not yet taken back, in input order. */
  private final Deque<Job> inFlight = new ArrayDeque<>();

  /** At most this many articles are in flight: enough to keep every worker busy. */
  private final int window;

  private final int batchArticles;

  /** The content hash of each article submitted or pending and not yet stored. */
  private final Map<Node, String> queued = new HashMap<>();

  /**
   * Articles written per store transaction by default; a transaction holds whole articles only, so
   * a batch never leaves half an article. TDB2 copies every index block a transaction changes, so
   * larger batches copy fewer blocks per quad: loading 3,000 articles took 68 s at 32 per
   * transaction, 48 s at 256 and 47 s at 1,024 (and left 4.7, 1.5 and 1.1 GB on disk). 256 articles
   * hold about 200,000 quads in memory.
   */
  public static final int DEFAULT_BATCH_ARTICLES = 256;

  /** An article submitted for extraction; {@code started} is 0 until a worker takes it up. */
  private record Job(
      RawArticle raw,
      Node graph,
      GraphStore.ArticleState state,
      Future<Extracted> result,
      AtomicLong started,
      Reports.Slot report) {}

  /** An article's quads and what in them breaks the shapes. */
  private record Extracted(List<Quad> quads, List<String> violations) {}

  /** An extracted article waiting for its batch to be written. */
  private record Pending(
      String source,
      String sha256,
      GraphStore.ArticleState state,
      List<Quad> quads,
      List<String> violations,
      Reports.Slot report) {}

  private final Map<Node, Pending> pending = new LinkedHashMap<>();

  private final Reports reports = new Reports();

  /**
   * @param pipelines makes a pipeline; called once for each worker thread (and a thread that
   *     replaces one stuck in an article that overran {@code articleTimeout})
   * @param articleTimeout how long extracting one article may take before it is skipped
   * @param threads worker threads extracting articles
   * @param batchArticles articles stored per transaction
   */
  public GraphBuilder(
      GraphStore store,
      Supplier<Pipeline> pipelines,
      Duration articleTimeout,
      int threads,
      int batchArticles) {
    if (threads < 1 || batchArticles < 1) {
      throw new IllegalArgumentException(
          "threads and batch must be at least 1: " + threads + ", " + batchArticles);
    }
    this.batchArticles = batchArticles;
    this.store = store;
    this.articleTimeout = articleTimeout;
    this.pipeline = ThreadLocal.withInitial(pipelines);
    this.workers = newWorkers(threads);
    this.window = threads * IN_FLIGHT_PER_THREAD;
  }

  /** A builder with the {@link #DEFAULT_ARTICLE_TIMEOUT} on every core. */
  public GraphBuilder(GraphStore store, Supplier<Pipeline> pipelines) {
    this(
        store,
        pipelines,
        DEFAULT_ARTICLE_TIMEOUT,
        Runtime.getRuntime().availableProcessors(),
        DEFAULT_BATCH_ARTICLES);
  }

  /** Articles in flight per worker thread: one running and some queued behind it. */
  private static final int IN_FLIGHT_PER_THREAD = 4;

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
            submit(article);
            while (!inFlight.isEmpty()
                && (inFlight.size() >= window || inFlight.peekFirst().result().isDone())) {
              takeBack(inFlight.pollFirst(), listener, c);
            }
          }

          @Override
          public void reject(String input, String reason) {
            c.rejected++;
            reports.add(() -> listener.rejected(input, reason));
          }
        });
    while (!inFlight.isEmpty()) {
      takeBack(inFlight.pollFirst(), listener, c);
    }
    flush(listener, c);
    // Not "if anything changed": a build killed after storing articles but before deriving
    // must have its derived graphs completed by the next build, even one that changes nothing.
    deriveGraphs(store);
    boolean compacted = store.compactIfGrown();
    return new Summary(
        c.added,
        c.updated,
        c.unchanged,
        c.rejected,
        c.invalid,
        c.quads,
        (System.nanoTime() - start) / 1_000_000,
        compacted);
  }

  /**
   * Rebuilds the graphs derived from all articles (resolution, then cross-source analysis) unless
   * they were derived from the articles the store holds now.
   */
  public static void deriveGraphs(GraphStore store) {
    String digest = store.articlesDigest();
    if (!store.derivedFrom(Iris.RESOLUTION_GRAPH).equals(Optional.of(digest))) {
      resolveAcrossArticles(store, digest);
    }
    if (!store.derivedFrom(Iris.ANALYSIS_GRAPH).equals(Optional.of(digest))) {
      CrossSourceAnalysis.rebuild(store, digest);
    }
  }

  /**
   * Rebuilds the resolution graph from all article graphs: which person nodes are one person, the
   * name to show for each person known under several names, and what the canned lists show once per
   * entity (least names, the people listing). Derived from the articles alone, so the result does
   * not depend on the order they were built in; records {@code digest}, the state of the articles
   * it was derived from.
   */
  private static void resolveAcrossArticles(GraphStore store, String digest) {
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
    EntityNames entityNames = new EntityNames();
    PeopleListing listing = new PeopleListing(canonical, entityNames);
    Set<String> claimants = new HashSet<>();
    new ListingReader(store).read(entityNames, listing, claimants);
    List<Quad> quads = new ArrayList<>();
    ResolutionMapper.map(
        merges,
        preferred,
        entityNames.leastNames(),
        listing.list(preferred),
        claimantNames(claimants, canonical, preferred, entityNames),
        digest,
        collector(quads));
    store.replaceGraph(Iris.RESOLUTION_GRAPH, quads);
  }

  /**
   * The names each claimant is listed under: the preferred name of the person it was merged into,
   * else each of its names; claimants no article names are left out.
   */
  private static Map<String, Set<String>> claimantNames(
      Set<String> claimants,
      Map<String, String> canonical,
      Map<String, String> preferred,
      EntityNames names) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (String c : claimants) {
      Set<String> all = names.all(c);
      if (!all.isEmpty()) {
        String into = canonical.get(c);
        out.put(c, into != null && preferred.containsKey(into) ? Set.of(preferred.get(into)) : all);
      }
    }
    return out;
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

  /** Queues an article: for extraction, or to be reported unchanged in its turn. */
  private void submit(RawArticle raw) {
    Node graph = Iris.article(raw.meta().id());
    GraphStore.ArticleState state =
        raw.meta().sha256().equals(queued.get(graph))
            ? GraphStore.ArticleState.UNCHANGED
            : store.state(graph, raw.meta().sha256(), Pipeline.VERSION);
    if (state == GraphStore.ArticleState.UNCHANGED) {
      inFlight.addLast(
          new Job(
              raw,
              graph,
              state,
              CompletableFuture.completedFuture(null),
              new AtomicLong(),
              reports.hold()));
      return;
    }
    queued.put(graph, raw.meta().sha256());
    AtomicLong started = new AtomicLong();
    Future<Extracted> result =
        workers.submit(
            () -> {
              started.set(System.nanoTime());
              return extract(raw);
            });
    inFlight.addLast(new Job(raw, graph, state, result, started, reports.hold()));
  }

  /** Runs on a worker thread: the article's quads, validated. */
  private Extracted extract(RawArticle raw) {
    Document doc = pipeline.get().process(raw);
    List<Quad> quads = new ArrayList<>();
    mapper.map(doc, collector(quads));
    return new Extracted(quads, Ontology.violations(asGraph(quads)));
  }

  /**
   * Waits for an article's extraction and adds the article to the batch, or reports it unchanged or
   * failed.
   */
  private void takeBack(Job job, Listener listener, Counter c) {
    String source = job.raw().meta().source();
    if (job.state() == GraphStore.ArticleState.UNCHANGED) {
      c.unchanged++;
      reports.fill(job.report(), () -> listener.article(source, Outcome.UNCHANGED));
      return;
    }
    Extracted extracted;
    try {
      extracted = await(job);
    } catch (TimeoutException e) {
      c.rejected++;
      queued.remove(job.graph(), job.raw().meta().sha256());
      String reason = "extraction took longer than " + render(articleTimeout) + "; skipped";
      reports.fill(job.report(), () -> listener.rejected(source, reason));
      return;
    } catch (ExecutionException e) {
      c.rejected++;
      queued.remove(job.graph(), job.raw().meta().sha256());
      String reason = "extraction failed: " + e.getCause();
      reports.fill(job.report(), () -> listener.rejected(source, reason));
      return;
    }
    if (!extracted.violations().isEmpty()) {
      c.invalid++;
    }
    Pending replaced =
        pending.put(
            job.graph(),
            new Pending(
                source,
                job.raw().meta().sha256(),
                job.state(),
                extracted.quads(),
                extracted.violations(),
                job.report()));
    if (replaced != null) {
      // The same article twice in one batch with different content: the later one is stored.
      reports.fill(replaced.report(), () -> {});
    }
    if (pending.size() >= batchArticles) {
      flush(listener, c);
    }
  }

  /**
   * The article's extraction, waiting at most the article timeout from when a worker took it up.
   * Java cannot stop a thread stuck in a regular expression or a model, so an overrunning
   * extraction is abandoned to finish on its own (its result is dropped) and the pool gets one more
   * thread, with its own pipeline, in place of the stuck one.
   */
  private Extracted await(Job job) throws TimeoutException, ExecutionException {
    long limit = articleTimeout.toNanos();
    while (true) {
      long started = job.started().get();
      long left = started == 0 ? limit : started + limit - System.nanoTime();
      if (started != 0 && left <= 0) {
        job.result().cancel(true);
        workers.setMaximumPoolSize(workers.getMaximumPoolSize() + 1);
        workers.setCorePoolSize(workers.getCorePoolSize() + 1);
        throw new TimeoutException();
      }
      try {
        return job.result().get(left, TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        // Not started yet, or started late in the wait: look again.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(
            "interrupted while extracting " + job.raw().meta().source(), e);
      }
    }
  }

  /** Writes the waiting articles in one transaction, then reports them. */
  private void flush(Listener listener, Counter c) {
    if (pending.isEmpty()) {
      return;
    }
    Map<Node, List<Quad>> batch = new LinkedHashMap<>();
    pending.forEach((graph, p) -> batch.put(graph, p.quads()));
    store.replaceGraphs(batch);
    for (Map.Entry<Node, Pending> e : pending.entrySet()) {
      Pending p = e.getValue();
      queued.remove(e.getKey(), p.sha256());
      c.quads += p.quads().size();
      Outcome outcome =
          p.state() == GraphStore.ArticleState.ABSENT ? Outcome.ADDED : Outcome.UPDATED;
      if (outcome == Outcome.ADDED) {
        c.added++;
      } else {
        c.updated++;
      }
      reports.fill(
          p.report(),
          () -> {
            if (!p.violations().isEmpty()) {
              listener.invalid(p.source(), p.violations());
            }
            listener.article(p.source(), outcome);
          });
    }
    pending.clear();
  }

  /**
   * The listener's calls in input order: what is known when an input is read or taken back waits
   * behind the articles before it whose batch is not stored yet. Used on the reading thread only.
   */
  private static final class Reports {

    /** A place in line; its report is null until known. */
    static final class Slot {
      Runnable report;
    }

    private final Deque<Slot> line = new ArrayDeque<>();

    /** Reports now, or once everything before it is reported. */
    void add(Runnable report) {
      fill(hold(), report);
    }

    /** A place in line for a report that is not known yet. */
    Slot hold() {
      Slot s = new Slot();
      line.addLast(s);
      return s;
    }

    /** Gives the slot its report and makes every report that no longer waits. */
    void fill(Slot s, Runnable report) {
      s.report = report;
      while (!line.isEmpty() && line.peekFirst().report != null) {
        line.pollFirst().report.run();
      }
    }
  }

  private static String render(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  /**
   * Daemon threads, ended when idle, so a builder needs no closing and never holds a JVM.
   * Submitting never blocks: the in-flight window bounds the queue.
   */
  private static ThreadPoolExecutor newWorkers(int threads) {
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            10,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "newsgraph-extract-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    pool.allowCoreThreadTimeOut(true);
    return pool;
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
