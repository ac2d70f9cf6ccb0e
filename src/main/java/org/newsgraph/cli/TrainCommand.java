package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.newsgraph.annotate.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code train}: rebuilds the name-finder model from the corpora shipped in the repository. */
@Command(
    name = "train",
    description =
        "Train the English name-finder model (OpenNLP MaxEnt) from corpora in OpenNLP's"
            + " name-finder format; by default the GMB and Wikigold training splits in src/data/ner/.")
final class TrainCommand implements Callable<Integer> {

  @Option(
      names = "--out",
      paramLabel = "FILE",
      defaultValue = "src/main/resources/org/newsgraph/annotate/ner-en.bin",
      description = "Where to write the model (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--threads", defaultValue = "1", description = "Training threads.")
  int threads;

  @Parameters(arity = "0..*", paramLabel = "CORPUS", description = "Training corpora.")
  List<Path> corpora =
      List.of(
          Path.of("src/data/ner/gmb-ner-en-train.txt"),
          Path.of("src/data/ner/wikigold-ner-en-train.txt"));

  private final Io io;

  TrainCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    for (Path c : corpora) {
      if (!Files.isReadable(c)) {
        throw new CommandException(ExitCodes.USAGE, "cannot read corpus " + c);
      }
    }
    long start = System.nanoTime();
    TokenNameFinderModel model = NerTrainer.train(corpora, threads);
    try (OutputStream o = Files.newOutputStream(out)) {
      model.serialize(o);
    }
    io.err()
        .printf(
            "newsgraph: wrote %s (%d bytes) in %.1f s%n",
            out, Files.size(out), (System.nanoTime() - start) / 1e9);
    return ExitCodes.OK;
  }
}
