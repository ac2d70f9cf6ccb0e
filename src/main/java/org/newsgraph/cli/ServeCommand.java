package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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
        "Ingest PATHs (seeds/ when the store is empty and none are given), then serve the graph"
            + " read-only as /newsgraph with the Fuseki UI. Ctrl-C stops.")
final class ServeCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}, loopback only).")
  String host;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to ingest first.")
  List<Path> paths = List.of();

  private final Io io;

  ServeCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    GraphStore gs = GraphStore.open(store.store);
    List<Path> toIngest = paths;
    if (toIngest.isEmpty() && gs.articleCount() == 0) {
      Path seeds = Path.of("seeds");
      if (Files.isDirectory(seeds)) {
        io.err().println("newsgraph: the store is empty; building it from seeds/");
        toIngest = List.of(seeds);
      }
    }
    if (!toIngest.isEmpty()) {
      BuildCommand.build(io, gs, toIngest);
    }
    if (!NewsgraphServer.isLoopback(host)) {
      io.error(
          "warning: serving on " + host + ", which is not loopback: anyone who can reach it can"
              + " read the graph");
    }
    NewsgraphServer server;
    try {
      server = NewsgraphServer.create().dataset(gs.datasetGraph()).port(port).host(host).build();
      server.start();
    } catch (RuntimeException e) {
      gs.close();
      throw new CommandException(
          ExitCodes.CONFIG, "cannot serve on " + host + ":" + port + ": " + rootMessage(e));
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  gs.close();
                }));
    io.out().println("newsgraph: serving " + server.url() + "  (query page: " + server.url()
        + "#/dataset/newsgraph/query, SPARQL endpoint: " + server.url() + "newsgraph/sparql)");
    io.out().flush();
    server.join();
    return ExitCodes.OK;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
