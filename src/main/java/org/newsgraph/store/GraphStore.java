package org.newsgraph.store;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.atlas.io.IOX;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.resolve.PersonRecord;

/**
 * A TDB2 dataset holding the graph. The default graph of queries is the union of the named graphs,
 * so queries need no GRAPH clauses.
 */
public final class GraphStore implements AutoCloseable {

  private static final Node SHA256 = NG.sha256;
  private static final Node VERSION = NG.pipelineVersion;

  /** Where {@link #open} makes a new database before moving it into the store folder. */
  static final String CREATING = ".creating";

  private static final Pattern GENERATION = Pattern.compile("Data-\\d+");

  private final DatasetGraph dsg;

  /** The store's folder; null for an in-memory store. */
  private final Path dir;

  private GraphStore(DatasetGraph dsg, Path dir) {
    this.dsg = dsg;
    this.dir = dir;
    dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
  }

  /** Opens the store in {@code dir}, creating it if needed. */
  public static GraphStore open(Path dir) {
    try {
      Files.createDirectories(dir);
      createIfAbsent(dir);
    } catch (IOException | RuntimeException e) {
      throw new StoreException("cannot create store " + dir + ": " + e.getMessage());
    }
    try {
      return new GraphStore(DatabaseMgr.connectDatasetGraph(dir.toString()), dir);
    } catch (RuntimeException e) {
      if (isLockedElsewhere(e)) {
        throw new StoreException(
            "store "
                + dir
                + " is in use by another process (a running `newsgraph serve`?): stop it, or use"
                + " `newsgraph serve --watch DIR` to ingest into the live server");
      }
      throw new StoreException(
          "cannot open store "
              + dir
              + ": "
              + e.getMessage()
              + " (is a newsgraph server or build using it? stop it, or use another --store)");
    }
  }

  /**
   * Creates the TDB2 database of a folder that has none in a scratch folder inside it, then moves
   * its generation folder ({@code Data-0001}) in with one rename: TDB2 writes a new database's
   * files one by one, and a build killed among them left a store that could never be opened. A
   * scratch folder left by such a kill is deleted first.
   */
  private static void createIfAbsent(Path dir) throws IOException {
    if (hasDatabase(dir)) {
      return;
    }
    Path scratch = dir.resolve(CREATING);
    IOX.deleteAll(scratch);
    TDBInternal.expel(DatabaseMgr.connectDatasetGraph(scratch.toString()));
    try (Stream<Path> made = Files.list(scratch)) {
      for (Path generation : made.filter(GraphStore::isGeneration).toList()) {
        Files.move(generation, dir.resolve(generation.getFileName()), ATOMIC_MOVE);
      }
    }
    IOX.deleteAll(scratch);
  }

  private static boolean hasDatabase(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.anyMatch(GraphStore::isGeneration);
    }
  }

  /** A TDB2 database generation folder: {@code Data-0001}, {@code Data-0002}, ... */
  private static boolean isGeneration(Path p) {
    return Files.isDirectory(p) && GENERATION.matcher(p.getFileName().toString()).matches();
  }

  /**
   * Whether opening failed because another process holds the folder's {@code tdb.lock}. TDB2 throws
   * {@link AlreadyLocked} when the lock is held inside this JVM, but a plain {@link
   * DBOpEnvException} ("Failed to get a lock ... held by process N") when another process holds it.
   */
  private static boolean isLockedElsewhere(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof AlreadyLocked
          || (t instanceof DBOpEnvException
              && t.getMessage() != null
              && t.getMessage().startsWith("Failed to get a lock"))) {
        return true;
      }
    }
    return false;
  }

  /** An in-memory store, for {@code extract} and tests. */
  public static GraphStore inMemory() {
    return new GraphStore(DatabaseMgr.createDatasetGraph(), null);
  }

  /** The underlying dataset, for the server. */
  public DatasetGraph datasetGraph() {
    return dsg;
  }

  /** What the store holds for an article. */
  public enum ArticleState {
    ABSENT,
    /** Same content, same pipeline: nothing to do. */
    UNCHANGED,
    /** Content or pipeline differ: re-extract and replace. */
    STALE
  }

  /** Whether the article graph {@code graph} already holds this content from this pipeline. */
  public ArticleState state(Node graph, String sha256, String pipelineVersion) {
    return Txn.calculateRead(
        dsg,
        () -> {
          if (!dsg.containsGraph(graph)) {
            return ArticleState.ABSENT;
          }
          boolean same =
              dsg.contains(graph, graph, SHA256, NodeFactory.createLiteralString(sha256))
                  && dsg.contains(
                      graph, graph, VERSION, NodeFactory.createLiteralString(pipelineVersion));
          return same ? ArticleState.UNCHANGED : ArticleState.STALE;
        });
  }

  /**
   * A digest of which articles the store holds in which state: SHA-256 over every article graph's
   * IRI, content hash and pipeline version, in IRI order. Two stores holding the same articles have
   * the same digest whatever order they were built in, so what is derived from all articles can
   * record the digest it was derived from and be re-derived exactly when it differs.
   */
  public String articlesDigest() {
    Map<String, String> states = new TreeMap<>();
    Txn.executeRead(
        dsg,
        () ->
            forEachArticleHash(
                q -> {
                  String version =
                      dsg.stream(q.getGraph(), q.getSubject(), VERSION, Node.ANY)
                          .map(v -> v.getObject().getLiteralLexicalForm())
                          .findFirst()
                          .orElse("");
                  states.put(
                      q.getGraph().getURI(), q.getObject().getLiteralLexicalForm() + " " + version);
                }));
    StringBuilder all = new StringBuilder();
    states.forEach((iri, state) -> all.append(iri).append(' ').append(state).append('\n'));
    return DigestUtils.sha256Hex(all.toString());
  }

  /** The value of {@code graph ng:articlesDigest ?d} in {@code graph}, if it is there. */
  public Optional<String> derivedFrom(Node graph) {
    return Txn.calculateRead(
        dsg,
        () ->
            dsg.stream(graph, graph, NG.articlesDigest, Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm())
                .findFirst());
  }

  /** Replaces the named graph {@code graph} with {@code quads}, atomically. */
  public void replaceGraph(Node graph, Collection<Quad> quads) {
    replaceGraphs(Map.of(graph, quads));
  }

  /**
   * Replaces several named graphs in one transaction: the batch is stored whole or not at all, so a
   * store never holds part of an article, and one commit serves many articles.
   */
  public void replaceGraphs(Map<Node, ? extends Collection<Quad>> graphs) {
    Txn.executeWrite(
        dsg,
        () ->
            graphs.forEach(
                (graph, quads) -> {
                  dsg.removeGraph(graph);
                  for (Quad q : quads) {
                    dsg.add(q);
                  }
                }));
  }

  /** Loads {@code ontology} into the ontology graph unless the same triples are already there. */
  public void ensureOntology(Graph ontology) {
    Node g = NodeFactory.createURI(NG.ONTOLOGY);
    boolean same =
        Txn.calculateRead(
            dsg, () -> dsg.containsGraph(g) && dsg.getGraph(g).isIsomorphicWith(ontology));
    if (!same) {
      Txn.executeWrite(
          dsg,
          () -> {
            dsg.removeGraph(g);
            ontology
                .find()
                .forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
          });
    }
  }

  /** The result formats of {@link #query}. */
  public enum ResultFormat {
    TABLE,
    CSV,
    TSV,
    JSON
  }

  /**
   * Runs a query over the union graph and writes its result: SELECT and ASK results in {@code
   * format} (CSV, TSV and JSON are the W3C SPARQL results formats), CONSTRUCT and DESCRIBE results
   * as Turtle (JSON-LD for {@code JSON}).
   */
  public void query(Query query, ResultFormat format, OutputStream out) {
    Txn.executeRead(
        dsg,
        () -> {
          try (QueryExecution qe =
              QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
            if (query.isSelectType()) {
              ResultSet rs = qe.execSelect();
              switch (format) {
                case TABLE -> ResultSetFormatter.out(out, rs, query.getPrologue());
                case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
                case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
                case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
              }
            } else if (query.isAskType()) {
              boolean b = qe.execAsk();
              switch (format) {
                case TABLE -> writeLine(out, b ? "yes" : "no");
                case CSV -> ResultSetFormatter.outputAsCSV(out, b);
                case TSV -> ResultSetFormatter.outputAsTSV(out, b);
                case JSON -> ResultSetFormatter.outputAsJSON(out, b);
              }
            } else {
              Model g = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
              RDFDataMgr.write(
                  out, g, format == ResultFormat.JSON ? RDFFormat.JSONLD : RDFFormat.TURTLE_PRETTY);
            }
          }
        });
  }

  private static void writeLine(OutputStream out, String line) {
    try {
      out.write((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final String PEOPLE =
      """
      PREFIX schema: <https://schema.org/>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX org: <http://www.w3.org/ns/org#>
      SELECT ?p ?name ?context ?articles {
        { SELECT ?p ?name (COUNT(DISTINCT ?g) AS ?articles) {
            GRAPH ?g { ?p a schema:Person . { ?p schema:name ?name } UNION { ?p skos:altLabel ?name } }
          } GROUP BY ?p ?name }
        UNION
        { SELECT DISTINCT ?p ?context { GRAPH ?g { ?m org:member ?p ; org:organization ?context } } }
        UNION
        { SELECT ?p (COUNT(DISTINCT ?g) AS ?articles) { GRAPH ?g { ?g schema:mentions ?p . ?p a schema:Person } }
          GROUP BY ?p }
      }
      """;

  /**
   * Every person node of the article graphs: its names with the number of articles stating each,
   * the countries and organisations it holds posts in, and how many articles mention it.
   */
  public List<PersonRecord> people() {
    Map<String, Map<String, Integer>> names = new TreeMap<>();
    Map<String, Set<String>> contexts = new HashMap<>();
    Map<String, Integer> articles = new HashMap<>();
    Txn.executeRead(
        dsg,
        () -> {
          try (QueryExecution qe =
              QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(PEOPLE).build()) {
            qe.execSelect()
                .forEachRemaining(
                    row -> {
                      String p = row.getResource("p").getURI();
                      if (row.contains("name")) {
                        names
                            .computeIfAbsent(p, k -> new HashMap<>())
                            .put(
                                row.getLiteral("name").getString(),
                                row.getLiteral("articles").getInt());
                      } else if (row.contains("context")) {
                        contexts
                            .computeIfAbsent(p, k -> new HashSet<>())
                            .add(row.get("context").toString());
                      } else {
                        articles.put(p, row.getLiteral("articles").getInt());
                      }
                    });
          }
        });
    List<PersonRecord> out = new ArrayList<>();
    names.forEach(
        (p, n) ->
            out.add(
                new PersonRecord(
                    p, n, contexts.getOrDefault(p, Set.of()), articles.getOrDefault(p, 0))));
    return out;
  }

  /** Runs a SELECT query over the union graph in one read transaction, handing over each row. */
  public void select(String query, Consumer<QuerySolution> row) {
    Txn.executeRead(
        dsg,
        () -> {
          try (QueryExecution qe =
              QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
            qe.execSelect().forEachRemaining(row);
          }
        });
  }

  /**
   * Runs a SELECT query on each article graph in turn, with the resolution graph beside it (for
   * {@code owl:sameAs} and preferred names), in one read transaction. Its cost grows with the
   * number of articles, where one query over the union graph may join across all of them; the query
   * must not need facts of two articles at once.
   */
  public void selectPerArticle(String query, Consumer<QuerySolution> row) {
    Query q = QueryFactory.create(query);
    Txn.executeRead(
        dsg,
        () -> {
          Graph resolution = dsg.getGraph(Iris.RESOLUTION_GRAPH);
          for (Node article : articleGraphs()) {
            Graph both = new Union(dsg.getGraph(article), resolution);
            try (QueryExecution qe =
                QueryExecution.dataset(DatasetFactory.wrap(DatasetGraphFactory.wrap(both)))
                    .query(q)
                    .build()) {
              qe.execSelect().forEachRemaining(row);
            }
          }
        });
  }

  /** The article graphs, in IRI order; call in a read transaction. */
  private List<Node> articleGraphs() {
    List<Node> out = new ArrayList<>();
    forEachArticleHash(q -> out.add(q.getGraph()));
    out.sort(Comparator.comparing(Node::getURI));
    return out;
  }

  /**
   * The content hash of each article, as the quad stating it: an article graph states its own
   * {@code ng:sha256}. Call in a read transaction.
   */
  private void forEachArticleHash(Consumer<Quad> each) {
    dsg.find(Node.ANY, Node.ANY, SHA256, Node.ANY)
        .forEachRemaining(
            q -> {
              if (q.getGraph().equals(q.getSubject())) {
                each.accept(q);
              }
            });
  }

  /** Shape violations of the union graph, one line each; empty when it conforms. */
  public List<String> violations() {
    return Txn.calculateRead(dsg, () -> Ontology.violations(dsg.getUnionGraph()));
  }

  /** How many articles the store holds. */
  public long articleCount() {
    return Txn.calculateRead(
        dsg,
        () ->
            dsg.stream(Node.ANY, Node.ANY, RDF.Nodes.type, SchemaDO.NewsArticle.asNode()).count());
  }

  /** Writes the union of all graphs ({@code format} a triples format) or the dataset (quads). */
  public void export(RDFFormat format, OutputStream out) {
    Txn.executeRead(
        dsg,
        () -> {
          if (RDFLanguages.isQuads(format.getLang())) {
            RDFDataMgr.write(out, dsg, format);
          } else {
            RDFDataMgr.write(out, dsg.getUnionGraph(), format);
          }
        });
  }

  /** A copy of the whole store as an in-memory dataset, for comparisons in tests and tools. */
  public Dataset snapshot() {
    return Txn.calculateRead(
        dsg,
        () -> {
          Dataset copy = DatasetFactory.create();
          dsg.find().forEachRemaining(q -> copy.asDatasetGraph().add(q));
          return copy;
        });
  }

  /**
   * A store grows with every write transaction, since TDB2 writes changed index blocks anew and
   * keeps the old ones: a build of 10,000 articles leaves twice its live data on disk (6.3 GB for
   * 3.1 GB). Compacting copies the live data into a fresh generation and deletes the old one.
   */
  private static final int GROWTH_BEFORE_COMPACTING = 2;

  /** Below this size a store is not worth compacting. */
  static final long MIN_BYTES_TO_COMPACT = 256L << 20;

  /** Records the store's size after its last compaction, in its folder. */
  private static final String COMPACTED_SIZE_FILE = "newsgraph-compacted-bytes";

  /**
   * Compacts a store on disk when it has grown to more than twice its size after its last
   * compaction (and past {@link #MIN_BYTES_TO_COMPACT}); safe while it is being queried.
   *
   * @return whether it compacted
   */
  public boolean compactIfGrown() {
    return compactIfGrown(MIN_BYTES_TO_COMPACT);
  }

  boolean compactIfGrown(long minBytes) {
    if (dir == null) {
      return false;
    }
    Path record = dir.resolve(COMPACTED_SIZE_FILE);
    long size = sizeOnDisk();
    long after = 0;
    try {
      after = Files.exists(record) ? Long.parseLong(Files.readString(record).trim()) : 0;
    } catch (IOException | NumberFormatException e) {
      // An unreadable record is as good as none: compact on size alone.
    }
    if (size < minBytes || size <= GROWTH_BEFORE_COMPACTING * after) {
      return false;
    }
    DatabaseMgr.compact(dsg, true);
    try {
      Files.writeString(record, Long.toString(sizeOnDisk()));
    } catch (IOException e) {
      throw new StoreException("cannot write " + record + ": " + e.getMessage());
    }
    return true;
  }

  /** The bytes of the store's files; 0 for an in-memory store. */
  public long sizeOnDisk() {
    if (dir == null) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(GraphStore::size).sum();
    } catch (IOException e) {
      throw new StoreException("cannot measure store " + dir + ": " + e.getMessage());
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // deleted while walking: a compaction's old generation
    }
  }

  /** Closes the store and, for one on disk, frees its folder for other processes. */
  @Override
  public void close() {
    dsg.close();
    if (dir != null) {
      // Closing alone keeps TDB2's per-location connection and its folder lock in this JVM.
      TDBInternal.expel(dsg);
    }
  }
}
