package org.newsgraph.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFFormat;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export}: writes the store as RDF. */
@Command(
    name = "export",
    description =
        "Write the graph as RDF: Turtle of the union graph by default; TriG and N-Quads keep the"
            + " per-article graphs; JSON-LD writes the dataset.")
final class ExportCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Option(names = "--format", defaultValue = "ttl", description = "ttl, trig, nq or jsonld.")
  String format;

  @Mixin OutputOption output;

  private final Io io;

  ExportCommand(Io io) {
    this.io = io;
  }

  /** The RDF format for a format name given on the command line. */
  static RDFFormat rdfFormat(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "ttl", "turtle" -> RDFFormat.TURTLE_BLOCKS;
      case "trig" -> RDFFormat.TRIG_BLOCKS;
      case "nq", "nquads" -> RDFFormat.NQUADS;
      case "jsonld", "json-ld" -> RDFFormat.JSONLD;
      default ->
          throw new CommandException(
              ExitCodes.USAGE, "unknown format " + name + " (use ttl, trig, nq or jsonld)");
    };
  }

  @Override
  public Integer call() {
    RDFFormat fmt = rdfFormat(format);
    try (GraphStore gs = GraphStore.open(store.store)) {
      output.write(io, out -> gs.export(fmt, out));
    }
    return ExitCodes.OK;
  }
}
