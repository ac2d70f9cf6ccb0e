package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.GraphBuilder;
import org.newsgraph.ingest.FolderWatch;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code serve}: ingests, then serves the store read-only with the Fuseki UI. */
@Command(
    name = "serve",
    description =
        "Ingest PATHs (seeds/ when the store is empty and neither PATHs nor --watch are given),"
            + " then serve the graph read-only as /newsgraph with the Fuseki UI. Ctrl-C stops.")
final class ServeCommand implements Callable<Integer> {

  /** How often the --watch folder is looked at; a file is ingested after two equal looks. */
  static final Duration WATCH_INTERVAL = Duration.ofSeconds(2);

  @Mixin StoreOption store;

  @Mixin ExtractionOptions extraction;

  @Option(
      names = "--port",
      defaultValue = "3030",
      description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}, loopback only).")
  String host;

  @Option(
      names = "--watch",
      paramLabel = "DIR",
      description =
          "Ingest new and changed files in DIR into the live graph while serving (polled every"
              + " 2 s; a file is read once its size stops changing).")
  Path watch;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "Cancel queries that run longer (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(
      names = "--max-results",
      paramLabel = "N",
      defaultValue = "100000",
      description = "Return at most N results per query (default: ${DEFAULT-VALUE}).")
  long maxResults;

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "Files or folders to ingest first.")
  List<Path> paths = List.of();

  private final Io io;

  ServeCommand(Io io) {
    this.io = io;
  }

  /** A running server over its store, with the folder watch if asked for; closing stops all. */
  record Serving(GraphStore store, NewsgraphServer server, Optional<FolderWatch> watch)
      implements AutoCloseable {
    @Override
    public void close() {
      watch.ifPresent(FolderWatch::close);
      server.close();
      store.close();
    }
  }

  @Override
  public Integer call() {
    Serving serving = start();
    Runtime.getRuntime().addShutdownHook(new Thread(serving::close));
    String url = serving.server().url();
    io.out()
        .println(
            "newsgraph: serving "
                + url
                + "  (query page: "
                + url
                + "#/dataset/newsgraph/query, SPARQL endpoint: "
                + url
                + "newsgraph/sparql)");
    io.out().flush();
    serving.server().join();
    return ExitCodes.OK;
  }

  /** Ingests, starts the server and the watch, and returns at once. */
  Serving start() {
    if (timeoutSeconds < 1 || maxResults < 1) {
      throw new CommandException(ExitCodes.USAGE, "--timeout and --max-results must be positive");
    }
    if (watch != null && !Files.isDirectory(watch)) {
      throw new CommandException(ExitCodes.USAGE, "--watch " + watch + " is not a folder");
    }
    GraphStore gs = GraphStore.open(store.store);
    try {
      return start(gs);
    } catch (RuntimeException e) {
      gs.close();
      throw e;
    }
  }

  private Serving start(GraphStore gs) {
    List<Path> toIngest = paths;
    if (toIngest.isEmpty() && watch == null && gs.articleCount() == 0) {
      Path seeds = Path.of("seeds");
      if (Files.isDirectory(seeds)) {
        io.err().println("newsgraph: the store is empty; building it from seeds/");
        toIngest = List.of(seeds);
      }
    }
    Optional<GraphBuilder> builder =
        toIngest.isEmpty() && watch == null
            ? Optional.empty()
            : Optional.of(BuildCommand.builder(gs, extraction));
    if (!toIngest.isEmpty()) {
      BuildCommand.build(io, builder.orElseThrow(), toIngest);
    }
    if (!NewsgraphServer.isLoopback(host)) {
      io.error(
          "warning: serving on "
              + host
              + ", which is not loopback: anyone who can reach it can"
              + " read the graph");
    }
    NewsgraphServer server;
    try {
      server =
          NewsgraphServer.create()
              .dataset(gs.datasetGraph())
              .port(port)
              .host(host)
              .timeout(Duration.ofSeconds(timeoutSeconds))
              .maxResults(maxResults)
              .build()
              .start();
    } catch (RuntimeException e) {
      throw new CommandException(
          ExitCodes.CONFIG, "cannot serve on " + host + ":" + port + ": " + rootMessage(e));
    }
    Optional<FolderWatch> folderWatch =
        Optional.ofNullable(watch)
            .map(
                dir ->
                    FolderWatch.start(
                        dir,
                        WATCH_INTERVAL,
                        files -> BuildCommand.build(io, builder.orElseThrow(), files),
                        problem -> io.error("watch: " + problem)));
    return new Serving(gs, server, folderWatch);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
