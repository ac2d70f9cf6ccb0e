package org.newsgraph.annotate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;

/**
 * Scores a name-finder model against a corpus in OpenNLP name-finder format: a predicted name
 * counts as correct only when its token boundaries and its type both match a gold name.
 */
public final class NerEvaluator {

  /** The key under which the micro-averaged score over all types is returned. */
  public static final String OVERALL = "overall";

  private NerEvaluator() {}

  /**
   * Precision, recall and F1 as fractions between 0 and 1 (0 when undefined).
   *
   * @param goldCount how many gold names of this type the corpus has
   */
  public record Prf(double precision, double recall, double f1, int goldCount) {

    static Prf of(int correct, int predicted, int gold) {
      double p = predicted == 0 ? 0 : (double) correct / predicted;
      double r = gold == 0 ? 0 : (double) correct / gold;
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      return new Prf(p, r, f, gold);
    }
  }

  /**
   * Runs {@code model} over every sentence of {@code corpus}, clearing adaptive data at document
   * boundaries (empty lines), and scores the result.
   *
   * @return scores per name type in alphabetical order, then {@value #OVERALL}
   * @throws IOException if the corpus cannot be read or is malformed
   */
  public static Map<String, Prf> evaluate(TokenNameFinderModel model, Path corpus)
      throws IOException {
    NameFinderME finder = new NameFinderME(model);
    Map<String, int[]> counts = new TreeMap<>(); // type -> {correct, predicted, gold}
    try (ObjectStream<NameSample> samples = NerTrainer.samples(corpus)) {
      for (NameSample sample = samples.read(); sample != null; sample = samples.read()) {
        if (sample.isClearAdaptiveDataSet()) {
          finder.clearAdaptiveData();
        }
        Span[] predicted = finder.find(sample.getSentence());
        Set<Span> gold = new HashSet<>();
        for (Span g : sample.getNames()) {
          gold.add(g);
          counts.computeIfAbsent(g.getType(), t -> new int[3])[2]++;
        }
        for (Span p : predicted) {
          int[] c = counts.computeIfAbsent(p.getType(), t -> new int[3]);
          c[1]++;
          if (gold.contains(p)) {
            c[0]++;
          }
        }
      }
    }
    Map<String, Prf> result = new LinkedHashMap<>();
    int[] all = new int[3];
    counts.forEach(
        (type, c) -> {
          result.put(type, Prf.of(c[0], c[1], c[2]));
          for (int i = 0; i < 3; i++) {
            all[i] += c[i];
          }
        });
    result.put(OVERALL, Prf.of(all[0], all[1], all[2]));
    return Collections.unmodifiableMap(result);
  }
}
