package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerEvaluatorTest {

  @Test
  void prfArithmetic() {
    NerEvaluator.Prf prf = NerEvaluator.Prf.of(2, 4, 5);
    assertEquals(0.5, prf.precision(), 1e-9);
    assertEquals(0.4, prf.recall(), 1e-9);
    assertEquals(4.0 / 9, prf.f1(), 1e-9);
    assertEquals(5, prf.goldCount());
    assertEquals(new NerEvaluator.Prf(0, 0, 0, 0), NerEvaluator.Prf.of(0, 0, 0));
  }

  @Test
  void countsPerTypeAndOverall(@TempDir Path dir) throws IOException {
    Path corpus = dir.resolve("tiny.txt");
    Files.write(
        corpus,
        List.of(
            "<START:person> John Smith <END> flew to <START:location> Paris <END> on Monday .",
            "The <START:organization> United Nations <END> met in <START:location> Geneva <END> .",
            "",
            "Later , <START:person> bob <END> said nothing ."));
    Map<String, NerEvaluator.Prf> scores =
        NerEvaluator.evaluate(TestDocs.models().nameFinderModel(), corpus);
    assertEquals(
        List.of("location", "organization", "person", "overall"), List.copyOf(scores.keySet()));
    assertEquals(new NerEvaluator.Prf(1, 1, 1, 2), scores.get("location"));
    assertEquals(new NerEvaluator.Prf(1, 1, 1, 1), scores.get("organization"));
    assertEquals(new NerEvaluator.Prf(1, 0.5, 2.0 / 3, 2), scores.get("person"));
    assertEquals(4.0 / 5, scores.get("overall").recall(), 1e-9);
    assertEquals(5, scores.get("overall").goldCount());
  }
}
