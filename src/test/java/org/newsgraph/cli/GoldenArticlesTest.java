package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden tests: builds articles through the command line and scores the canned queries against
 * hand-made gold facts. The seed articles must meet the extraction targets; our own articles on
 * other topics (floods, an election, a court case) keep the rules general.
 */
class GoldenArticlesTest {

  @TempDir Path dir;

  static final List<String> TABLES =
      List.of("people", "aliases", "quantities", "quotes", "events", "countries");

  Map<String, Double> score(String articles, String goldResource) throws IOException {
    Path store = dir.resolve("store");
    CliRunner.Run build = CliRunner.run("build", "--store", store.toString(), articles);
    assertEquals(ExitCodes.OK, build.code(), build.err());
    Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
    for (String t : TABLES) {
      tables.put(t, CliRunner.rows(store, t));
    }
    JsonObject gold;
    try (InputStream in = GoldenArticlesTest.class.getResourceAsStream(goldResource)) {
      gold = JSON.parse(in);
    }
    GoldScore s = new GoldScore(gold, tables);
    Map<String, Double> m = s.metrics();
    assertTrue(s.leaks.isEmpty(), () -> "leaked: " + s.leaks);
    return m;
  }

  static void atLeast(Map<String, Double> m, String metric, double min) {
    assertTrue(
        m.get(metric) >= min, () -> metric + " = " + m.get(metric) + " < " + min + " in " + m);
  }

  @Test
  void seedArticlesMeetTheExtractionTargets() throws IOException {
    Map<String, Double> m = score("seeds", "/golden/seeds-gold.json");
    atLeast(m, "people_recall", 0.95);
    atLeast(m, "people_precision", 0.90);
    atLeast(m, "roles_recall", 0.85);
    atLeast(m, "people_merged", 1.0);
    atLeast(m, "quantities_recall", 0.90);
    atLeast(m, "quantities_precision", 0.90);
    atLeast(m, "quantities_hedge_accuracy", 0.90);
    atLeast(m, "quantities_rate_accuracy", 1.0);
    atLeast(m, "quotes_recall", 0.90);
    atLeast(m, "quotes_speaker_accuracy", 0.90);
    atLeast(m, "events_recall", 1.0);
  }

  @Test
  void articlesOnOtherTopicsScoreNearlyAsWell() throws IOException {
    Map<String, Double> m = score("src/test/resources/golden/articles", "/golden/gold.json");
    atLeast(m, "people_recall", 0.90);
    atLeast(m, "people_precision", 0.85);
    atLeast(m, "roles_recall", 0.80);
    atLeast(m, "quantities_recall", 0.85);
    atLeast(m, "quantities_precision", 0.80);
    atLeast(m, "quantities_hedge_accuracy", 0.85);
    atLeast(m, "quotes_recall", 0.85);
    atLeast(m, "quotes_speaker_accuracy", 0.85);
    atLeast(m, "events_recall", 0.5);
  }
}
