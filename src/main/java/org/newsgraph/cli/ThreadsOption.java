package org.newsgraph.cli;

import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that extract articles. */
final class ThreadsOption {
  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads extracting articles (default: the number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();
}
