package org.newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store} option shared by the commands that use the store. */
final class StoreOption {
  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "TDB2 store folder (default: ${DEFAULT-VALUE})",
      defaultValue = "data/store")
  Path store;
}
