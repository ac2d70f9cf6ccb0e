package org.newsgraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.GraphBuilder;
import org.newsgraph.Pipeline;
import org.newsgraph.annotate.Models;
import org.newsgraph.clean.Cleaner;
import org.newsgraph.model.Document;
import org.newsgraph.model.RawArticle;
import org.newsgraph.rdf.DocumentMapper;
import org.newsgraph.store.GraphStore;

/**
 * Runs the benchmark in one process: OpenNLP alone (the floor), the whole path from text to quads
 * on one thread and on several, loading the quads into a store against Jena's TDB2 bulk loader on
 * the same quads, deriving the resolution and analysis graphs and compacting the store as a build
 * does, and every canned query on the store just built.
 */
public final class Benchmark {

  /** Repetitions of each canned query; p95 is taken over them. */
  private static final int QUERY_RUNS = 20;

  /**
   * Untimed runs of each canned query first, as a running server has compiled Jena's code and read
   * the indexes it touches; without them the two slowest of the 20 runs are cold starts.
   */
  private static final int QUERY_WARM_UP_RUNS = 2;

  private final Models models;
  private final PrintStream log;

  public Benchmark(Models models, PrintStream log) {
    this.models = models;
    this.log = log;
  }

  /**
   * @param corpus the articles
   * @param threads threads for the parallel run
   * @param work an empty folder for the stores and the N-Quads file
   * @param queries canned queries by name
   */
  public BenchResult run(Corpus corpus, int threads, Path work, Map<String, String> queries)
      throws IOException, InterruptedException {
    log.println("bench: warming up...");
    warmUp(corpus);
    try (HeapWatch heap = new HeapWatch()) {
      log.println("bench: OpenNLP floor and whole path, 1 thread, article by article...");
      Path nq = work.resolve("quads.nq");
      long[] counts = new long[2];
      double[] rates = floorAndOneThread(corpus, nq, counts);
      double floor = rates[0];
      double oneThread = rates[1];
      log.println("bench: whole path, " + threads + " threads...");
      double many = extractParallel(corpus, threads);
      log.println("bench: store load...");
      try (GraphStore store = GraphStore.open(work.resolve("store"))) {
        double load = loadArticles(store, nq, counts[1]);
        log.println("bench: TDB2 bulk loader...");
        double bulk = bulkLoad(work.resolve("bulk"), nq, counts[1]);
        log.println("bench: resolution and cross-source analysis...");
        long t0 = System.nanoTime();
        GraphBuilder.deriveGraphs(store);
        double derive = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        double compact = store.compactIfGrown() ? (System.nanoTime() - t1) / 1e9 : 0;
        log.println("bench: canned queries...");
        Map<String, Double> p95 = queries(store, queries);
        return new BenchResult(
            corpus.size(),
            counts[0],
            counts[1],
            threads,
            floor,
            oneThread,
            many,
            load,
            bulk,
            derive,
            compact,
            store.sizeOnDisk() / 1e6,
            p95,
            heap.peakMb(),
            HeapWatch.maxMb());
      }
    }
  }

  /** Articles run through both paths before timing, so the JIT has compiled the hot code. */
  private static final int WARM_UP_ARTICLES = 200;

  private void warmUp(Corpus corpus) {
    Floor floor = new Floor(models);
    Pipeline pipeline = Pipeline.create(models);
    long[] ignored = new long[2];
    for (int i = 0; i < Math.min(WARM_UP_ARTICLES, corpus.size()); i++) {
      floor.run(corpus.get(i), ignored);
      pipeline.process(corpus.get(i));
    }
  }

  /** Sentence detection, tokenisation and POS tagging alone, on the cleaned text. */
  private static final class Floor {
    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final Cleaner cleaner = new Cleaner();

    Floor(Models models) {
      sentences = new SentenceDetectorME(models.sentenceModel());
      tokenizer = new TokenizerME(models.tokenizerModel());
      tagger = new POSTaggerME(models.posModel(), POSTagFormat.UD);
    }

    /** Runs on one article; adds its tokens to {@code counts[0]} and its nanoseconds to [1]. */
    void run(RawArticle raw, long[] counts) {
      String text = cleaner.clean(raw).text();
      long t0 = System.nanoTime();
      for (Span s : sentences.sentPosDetect(text)) {
        String[] words = tokenizer.tokenize(s.getCoveredText(text).toString());
        tagger.tag(words);
        counts[0] += words.length;
      }
      counts[1] += System.nanoTime() - t0;
    }
  }

  /**
   * The floor and the whole path on one thread, taking turns article by article so that a change in
   * the machine's load slows both alike; writes the quads to {@code nq}, counts tokens and quads.
   *
   * @return tokens per second of the floor, then of the whole path
   */
  private double[] floorAndOneThread(Corpus corpus, Path nq, long[] counts) throws IOException {
    Floor floor = new Floor(models);
    Pipeline pipeline = Pipeline.create(models);
    DocumentMapper mapper = new DocumentMapper(Pipeline.VERSION);
    long[] floorCounts = new long[2];
    long nanos = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nq))) {
      StreamRDF writer = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
      writer.start();
      for (RawArticle raw : corpus) {
        floor.run(raw, floorCounts);
        List<Quad> quads = new ArrayList<>();
        long t0 = System.nanoTime();
        Document doc = pipeline.process(raw);
        mapper.map(doc, collector(quads));
        nanos += System.nanoTime() - t0;
        counts[0] += doc.tokens().size();
        counts[1] += quads.size();
        quads.forEach(writer::quad);
      }
      writer.finish();
    }
    return new double[] {floorCounts[0] / (floorCounts[1] / 1e9), counts[0] / (nanos / 1e9)};
  }

  /** The whole path on {@code threads} threads, one pipeline each; wall-clock rate. */
  private double extractParallel(Corpus corpus, int threads) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ThreadLocal<Pipeline> pipelines = ThreadLocal.withInitial(() -> Pipeline.create(models));
    ThreadLocal<DocumentMapper> mappers =
        ThreadLocal.withInitial(() -> new DocumentMapper(Pipeline.VERSION));
    AtomicLong tokens = new AtomicLong();
    int window = threads * 8;
    long t0 = System.nanoTime();
    try {
      List<Future<?>> inFlight = new ArrayList<>();
      for (int i = 0; i < corpus.size(); i++) {
        int index = i;
        inFlight.add(
            pool.submit(
                () -> {
                  Document doc = pipelines.get().process(corpus.get(index));
                  mappers.get().map(doc, collector(new ArrayList<>()));
                  tokens.addAndGet(doc.tokens().size());
                }));
        if (inFlight.size() >= window) {
          waitFor(inFlight);
        }
      }
      waitFor(inFlight);
    } finally {
      pool.shutdown();
    }
    return tokens.get() / ((System.nanoTime() - t0) / 1e9);
  }

  private static void waitFor(List<Future<?>> futures) throws InterruptedException {
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("extraction failed in the benchmark", e.getCause());
      }
    }
    futures.clear();
  }

  /** Loads the quads the way a build stores them: whole articles, a batch per transaction. */
  private double loadArticles(GraphStore store, Path nq, long quads) throws IOException {
    long t0 = System.nanoTime();
    Map<Node, List<Quad>> batch = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(nq)) {
      RDFParser.source(in)
          .lang(Lang.NQUADS)
          .parse(
              new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                  if (!batch.containsKey(q.getGraph())
                      && batch.size() == GraphBuilder.DEFAULT_BATCH_ARTICLES) {
                    store.replaceGraphs(batch);
                    batch.clear();
                  }
                  batch.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q);
                }
              });
    }
    store.replaceGraphs(batch);
    return quads / ((System.nanoTime() - t0) / 1e9);
  }

  /** Jena's TDB2 bulk loader on the same quads into a fresh store. */
  private static double bulkLoad(Path dir, Path nq, long quads) {
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
    long t0 = System.nanoTime();
    DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, args) -> {});
    loader.startBulk();
    loader.load(nq.toString());
    loader.finishBulk();
    double rate = quads / ((System.nanoTime() - t0) / 1e9);
    dsg.close();
    // Closing keeps the store's caches in TDB2's connection table: free them for the rest.
    TDBInternal.expel(dsg);
    return rate;
  }

  /** p95 of {@link #QUERY_RUNS} runs of each query after its warm-up runs, in milliseconds. */
  private static Map<String, Double> queries(GraphStore store, Map<String, String> queries) {
    Map<String, Double> out = new LinkedHashMap<>();
    OutputStream sink = OutputStream.nullOutputStream();
    queries.forEach(
        (name, text) -> {
          Query q = QueryFactory.create(text);
          for (int i = 0; i < QUERY_WARM_UP_RUNS; i++) {
            store.query(q, GraphStore.ResultFormat.CSV, sink);
          }
          double[] ms = new double[QUERY_RUNS];
          for (int i = 0; i < QUERY_RUNS; i++) {
            long t0 = System.nanoTime();
            store.query(q, GraphStore.ResultFormat.CSV, sink);
            ms[i] = (System.nanoTime() - t0) / 1e6;
          }
          Arrays.sort(ms);
          out.put(name, ms[(int) Math.ceil(0.95 * QUERY_RUNS) - 1]);
        });
    return out;
  }

  private static StreamRDF collector(List<Quad> into) {
    return new StreamRDFBase() {
      @Override
      public void quad(Quad q) {
        into.add(q);
      }
    };
  }
}
