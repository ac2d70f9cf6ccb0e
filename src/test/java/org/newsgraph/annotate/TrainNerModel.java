package org.newsgraph.annotate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Trains the name finder on the corpora in {@code src/data/ner}, saves it and prints its scores on
 * both test splits. Run from the project root:
 *
 * <pre>
 * mvn dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.newsgraph.annotate.TrainNerModel OUT.bin [features.xml]
 * </pre>
 *
 * <p>The optional feature-generator descriptor replaces {@code ner-features.xml} (for experiments);
 * the scores are also written to {@code OUT.bin.txt}.
 */
public final class TrainNerModel {

  private TrainNerModel() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of("src/data/ner");
    List<Path> train =
        List.of(data.resolve("gmb-ner-en-train.txt"), data.resolve("wikigold-ner-en-train.txt"));
    long t0 = System.nanoTime();
    TokenNameFinderModel model =
        args.length > 1
            ? NerTrainer.train(train, 1, Files.readAllBytes(Path.of(args[1])))
            : NerTrainer.train(train, 1);
    double seconds = (System.nanoTime() - t0) / 1e9;
    Path out = Path.of(args[0]);
    model.serialize(out);
    StringBuilder report = new StringBuilder();
    report.append(String.format("training %.1f s, model %d bytes%n", seconds, Files.size(out)));
    for (String test : List.of("gmb-ner-en-test.txt", "wikigold-ner-en-test.txt")) {
      report.append(test).append('\n');
      NerEvaluator.evaluate(model, data.resolve(test))
          .forEach(
              (type, s) ->
                  report.append(
                      String.format(
                          "  %-13s P %6.2f  R %6.2f  F1 %6.2f  gold %5d%n",
                          type,
                          100 * s.precision(),
                          100 * s.recall(),
                          100 * s.f1(),
                          s.goldCount())));
    }
    System.out.print(report);
    Files.writeString(Path.of(args[0] + ".txt"), report, StandardCharsets.UTF_8);
  }
}
