package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.GraphBuilder;
import org.newsgraph.Pipeline;
import org.newsgraph.annotate.Models;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code build}: adds articles to the store; incremental and idempotent. */
@Command(
    name = "build",
    description =
        "Extract facts from articles (.txt, .html, .jsonl/.json; folders recursively) into the"
            + " store. Unchanged articles are skipped; changed ones replace their graph.")
final class BuildCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Mixin ExtractionOptions extraction;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
  List<Path> paths;

  private final Io io;

  BuildCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    try (GraphStore gs = GraphStore.open(store.store)) {
      GraphBuilder.Summary s = build(io, builder(gs, extraction), paths);
      return s.rejected() > 0 || s.invalid() > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
  }

  /** A builder into {@code gs} with the full pipeline; loading its models takes seconds. */
  static GraphBuilder builder(GraphStore gs, ExtractionOptions options) {
    if (options.threads < 1) {
      throw new CommandException(ExitCodes.USAGE, "--threads must be at least 1");
    }
    if (options.batch < 1) {
      throw new CommandException(ExitCodes.USAGE, "--batch must be at least 1");
    }
    Models models = Models.load();
    return new GraphBuilder(
        gs,
        () -> Pipeline.create(models),
        GraphBuilder.DEFAULT_ARTICLE_TIMEOUT,
        options.threads,
        options.batch);
  }

  /** Builds {@code paths} and prints the summary line; shared with serve. */
  static GraphBuilder.Summary build(Io io, GraphBuilder builder, List<Path> paths) {
    GraphBuilder.Summary s;
    try (BuildReporter reporter = new BuildReporter(io)) {
      s = builder.build(paths, reporter);
    }
    io.err().println("newsgraph: " + s.render());
    return s;
  }
}
