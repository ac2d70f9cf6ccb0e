package org.newsgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code validate}: checks the whole store against the SHACL shapes. */
@Command(
    name = "validate",
    description = "Validate the graph against ontology/shapes.ttl; prints each violation.")
final class ValidateCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  private final Io io;

  ValidateCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    List<String> violations;
    try (GraphStore gs = GraphStore.open(store.store)) {
      violations = gs.violations();
    }
    violations.forEach(io.out()::println);
    io.out().println(violations.isEmpty() ? "conforms" : violations.size() + " violations");
    io.out().flush();
    return violations.isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS;
  }
}
