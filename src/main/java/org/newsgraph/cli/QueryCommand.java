package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query}: runs a canned query, a query file or standard input against the store. */
@Command(
    name = "query",
    description =
        "Run a SPARQL query over the union of all article graphs. NAME is a canned query"
            + " (queries/NAME.rq), else a file, or - for standard input.")
final class QueryCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Parameters(index = "0", paramLabel = "NAME|FILE|-", description = "The query.")
  String query;

  @Option(
      names = "--format",
      defaultValue = "table",
      description =
          "table, csv, tsv or json (W3C SPARQL results formats); default ${DEFAULT-VALUE}.")
  String format;

  private final Io io;

  QueryCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    GraphStore.ResultFormat fmt = parseFormat(format);
    String text = readQuery(query);
    Query q;
    try {
      q = QueryFactory.create(text);
    } catch (QueryParseException e) {
      String message = e.getMessage().replace('\n', ' ');
      int expecting = message.indexOf(" Was expecting");
      throw new CommandException(
          ExitCodes.USAGE,
          "SPARQL syntax error in "
              + query
              + ": "
              + (expecting > 0 ? message.substring(0, expecting) : message));
    }
    try (GraphStore gs = GraphStore.open(store.store)) {
      gs.query(q, fmt, io.out());
    }
    io.out().flush();
    return ExitCodes.OK;
  }

  private static GraphStore.ResultFormat parseFormat(String f) {
    try {
      return GraphStore.ResultFormat.valueOf(f.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandException(
          ExitCodes.USAGE, "unknown format " + f + " (use table, csv, tsv or json)");
    }
  }

  /** Standard input, an existing file, queries/NAME.rq here, or the canned query in the jar. */
  private String readQuery(String name) {
    try {
      if (name.equals("-")) {
        return new String(io.in().readAllBytes(), StandardCharsets.UTF_8);
      }
      Path file = Path.of(name);
      if (Files.isRegularFile(file)) {
        return Files.readString(file);
      }
      Path canned = Path.of("queries", name + ".rq");
      if (Files.isRegularFile(canned)) {
        return Files.readString(canned);
      }
      try (InputStream in =
          QueryCommand.class.getClassLoader().getResourceAsStream("queries/" + name + ".rq")) {
        if (in != null) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new CommandException(
          ExitCodes.USAGE, "cannot read query " + name + ": " + e.getMessage());
    }
    throw new CommandException(
        ExitCodes.USAGE, "no query " + name + ": not a file and not a canned query in queries/");
  }
}
