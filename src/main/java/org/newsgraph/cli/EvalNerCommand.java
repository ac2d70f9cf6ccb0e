package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.newsgraph.annotate.Models;
import org.newsgraph.annotate.NerEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eval-ner}: measures the name finder on annotated corpora. */
@Command(
    name = "eval-ner",
    description =
        "Precision, recall and F1 per entity type of the name-finder model on corpora in OpenNLP's"
            + " name-finder format (e.g. src/data/ner/*-test.txt).")
final class EvalNerCommand implements Callable<Integer> {

  @Option(
      names = "--model",
      paramLabel = "FILE",
      description = "Model to evaluate (default: the one bundled in the jar).")
  Path model;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Test corpora.")
  List<Path> corpora;

  private final Io io;

  EvalNerCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    TokenNameFinderModel m = model == null ? Models.load().nameFinderModel() : read(model);
    io.out()
        .printf(
            "%-32s %-14s %9s %9s %9s %7s%n", "corpus", "type", "precision", "recall", "F1", "gold");
    for (Path c : corpora) {
      if (!Files.isReadable(c)) {
        throw new CommandException(ExitCodes.USAGE, "cannot read corpus " + c);
      }
      for (Map.Entry<String, NerEvaluator.Prf> e : NerEvaluator.evaluate(m, c).entrySet()) {
        NerEvaluator.Prf p = e.getValue();
        io.out()
            .printf(
                "%-32s %-14s %9.2f %9.2f %9.2f %7d%n",
                c.getFileName(),
                e.getKey(),
                100 * p.precision(),
                100 * p.recall(),
                100 * p.f1(),
                p.goldCount());
      }
    }
    io.out().flush();
    return ExitCodes.OK;
  }

  private static TokenNameFinderModel read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new TokenNameFinderModel(in);
    } catch (IOException e) {
      throw new CommandException(
          ExitCodes.USAGE, "cannot read model " + file + ": " + e.getMessage());
    }
  }
}
