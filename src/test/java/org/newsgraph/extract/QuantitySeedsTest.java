package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.Annotators;
import org.newsgraph.annotate.Models;
import org.newsgraph.clean.Cleaner;
import org.newsgraph.model.ArticleMeta;
import org.newsgraph.model.Document;
import org.newsgraph.model.Quantity;
import org.newsgraph.model.RawArticle;
import org.newsgraph.model.Stage;

/**
 * The quantities of the five seed articles against the hand-made gold facts: recall of the required
 * quantities (per article that states them) and how many emitted quantities match no gold fact.
 */
class QuantitySeedsTest {

  private static final Path GOLD = Path.of("../shared/eval/seeds-gold.json");
  private static final Set<String> TIME_UNITS =
      Set.of("day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours");

  private record Extracted(String article, Document doc, Quantity q) {
    String context() {
      String sentence = doc.textOf(doc.sentences().get(q.sentence()).span());
      return (q.unit() + " " + q.about() + " " + sentence + " " + q.per()).toLowerCase(Locale.ROOT);
    }
  }

  @Test
  void findsTheGoldQuantitiesAndFewOthers() throws IOException {
    Assumptions.assumeTrue(Files.exists(GOLD), "no gold file at " + GOLD);
    JsonObject gold = JSON.read(GOLD.toString());
    JsonObject articles = gold.getObj("articles");
    Models models = Models.load();
    List<Extracted> all = new ArrayList<>();
    for (String key : articles.keys()) {
      String file = articles.getObj(key).getString("file");
      Document d = clean(file);
      for (Stage s : Annotators.create(models)) {
        d = s.apply(d);
      }
      d = new QuantityExtractor().apply(d);
      for (Quantity q : d.quantities()) {
        all.add(new Extracted(key, d, q));
      }
    }

    int required = 0;
    int found = 0;
    int hedgeOk = 0;
    List<String> missed = new ArrayList<>();
    Set<Extracted> matched = new HashSet<>();
    for (JsonValue v : gold.get("quantities").getAsArray()) {
      JsonObject g = v.getAsObject();
      boolean optional = g.hasKey("optional") && g.get("optional").getAsBoolean().value();
      for (JsonValue a : g.get("articles").getAsArray()) {
        String article = a.getAsString().value();
        List<Extracted> hits =
            all.stream().filter(e -> e.article().equals(article) && matches(e, g)).toList();
        matched.addAll(hits);
        if (optional) {
          continue;
        }
        required++;
        if (hits.isEmpty()) {
          missed.add(article + " " + g.getString("id"));
          continue;
        }
        found++;
        String want = g.hasKey("approx") ? g.getString("approx") : "exact";
        if (g.hasKey("upper") || hits.stream().anyMatch(e -> e.q().approx().label().equals(want))) {
          hedgeOk++;
        }
      }
    }
    List<String> extras = new ArrayList<>();
    int neutral = 0;
    for (Extracted e : all) {
      if (matched.contains(e)) {
        continue;
      }
      List<String> unitWords = Arrays.asList(e.q().unit().toLowerCase(Locale.ROOT).split(" "));
      if (unitWords.size() <= 2 && unitWords.stream().anyMatch(TIME_UNITS::contains)) {
        neutral++;
      } else {
        extras.add(e.article() + " " + e.q().render());
      }
    }
    double recall = (double) found / required;
    double precision = (double) matched.size() / (matched.size() + extras.size());
    System.out.printf(
        "seeds: found %d/%d gold quantities (recall %.2f), hedge right %d/%d; emitted %d, matched"
            + " %d, extra %d, neutral %d (precision %.2f)%n  missed %s%n  extra %s%n",
        found,
        required,
        recall,
        hedgeOk,
        found,
        all.size(),
        matched.size(),
        extras.size(),
        neutral,
        precision,
        missed,
        extras);
    assertTrue(recall >= 0.9, "recall " + recall + ", missed " + missed);
    assertTrue(precision >= 0.9, "precision " + precision + ", extra " + extras);

    List<String> leaks = new ArrayList<>();
    for (JsonValue v : gold.get("not_quantities").getAsArray()) {
      JsonObject bad = v.getAsObject();
      double value = bad.get("value").getAsNumber().value().doubleValue();
      Set<String> words = new HashSet<>();
      for (String w : bad.getString("snippet").toLowerCase(Locale.ROOT).split("\\W+")) {
        if (w.length() > 3 && !w.chars().allMatch(Character::isDigit)) {
          words.add(w);
        }
      }
      for (Extracted e : all) {
        if (e.q().value() == value
            && Arrays.stream(e.context().split("\\W+")).anyMatch(words::contains)) {
          leaks.add(e.article() + " " + e.q().render());
        }
      }
    }
    assertEquals(List.of(), leaks);
  }

  /** The scorer's test: same value and upper bound, and a unit word in what describes it. */
  private static boolean matches(Extracted e, JsonObject g) {
    if (e.q().value() != g.get("value").getAsNumber().value().doubleValue()) {
      return false;
    }
    if (g.hasKey("upper")
        && (e.q().upper().isEmpty()
            || e.q().upper().getAsDouble() != g.get("upper").getAsNumber().value().doubleValue())) {
      return false;
    }
    String context = e.context();
    for (JsonValue u : g.get("unit_any").getAsArray()) {
      if (context.contains(u.getAsString().value().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static Document clean(String file) throws IOException {
    String body = Files.readString(Path.of("seeds", file), StandardCharsets.UTF_8);
    ArticleMeta meta =
        new ArticleMeta(
            file,
            file,
            "",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    return new Cleaner().clean(new RawArticle(meta, RawArticle.Format.TEXT, body));
  }
}
