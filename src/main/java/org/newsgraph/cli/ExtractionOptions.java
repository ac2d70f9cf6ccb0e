package org.newsgraph.cli;

import org.newsgraph.GraphBuilder;
import picocli.CommandLine.Option;

/** The options of the commands that extract and store articles. */
final class ExtractionOptions {
  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads extracting articles (default: the number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--batch",
      paramLabel = "N",
      description =
          "Articles stored per transaction (default: ${DEFAULT-VALUE}); larger batches load"
              + " faster and hold more in memory.")
  int batch = GraphBuilder.DEFAULT_BATCH_ARTICLES;
}
