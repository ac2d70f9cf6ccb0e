package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.GraphBuilder;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract}: articles in, RDF out, no store on disk. */
@Command(
    name = "extract",
    description = "Extract facts from articles and write them as RDF, without a store.")
final class ExtractCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "ttl", description = "ttl or trig.")
  String format;

  @Mixin ExtractionOptions extraction;

  private final Io io;

  ExtractCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    var fmt = ExportCommand.rdfFormat(format);
    try (GraphStore gs = GraphStore.inMemory()) {
      GraphBuilder.Summary s = BuildCommand.build(io, BuildCommand.builder(gs, extraction), paths);
      gs.export(fmt, io.out());
      io.out().flush();
      return s.rejected() > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
  }
}
