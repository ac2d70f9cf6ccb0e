package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.TestDocs;
import org.newsgraph.clean.Cleaner;
import org.newsgraph.model.ArticleMeta;
import org.newsgraph.model.Document;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.RawArticle;
import org.newsgraph.model.Role;

/**
 * Quotes and roles over the five seed articles against the hand-made gold facts in {@code
 * ../shared/eval/seeds-gold.json}, matched the way {@code score.py} matches them.
 */
class SeedGoldTest {

  private static final Path GOLD = Path.of("../shared/eval/seeds-gold.json");

  private record Row(String speaker, String text, boolean partial) {}

  private record Person(String name, String title, String of) {}

  private static final List<Row> quotes = new ArrayList<>();
  private static final List<Person> people = new ArrayList<>();
  private static JsonObject gold;

  @BeforeAll
  static void extract() throws IOException {
    Assumptions.assumeTrue(Files.exists(GOLD), "no gold file at " + GOLD);
    gold = JSON.read(GOLD.toString());
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      String body = Files.readString(f, StandardCharsets.UTF_8);
      ArticleMeta meta =
          new ArticleMeta(
              "id",
              f.getFileName().toString(),
              "sha",
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty());
      Document d = new Cleaner().clean(new RawArticle(meta, RawArticle.Format.TEXT, body));
      d = new RoleExtractor().apply(new QuoteExtractor().apply(TestDocs.annotate(d)));
      for (Quote q : d.quotes()) {
        String speaker =
            q.speaker().flatMap(d::mentionAt).map(Mention::text).orElse(q.speakerText());
        quotes.add(new Row(speaker, q.text(), q.partial()));
        System.out.println("QUOTE " + f.getFileName() + " " + Rendering.quote(d, q));
      }
      for (Role r : d.roles()) {
        people.add(new Person(d.textOf(r.person()), r.title(), r.ofText()));
        System.out.println("ROLE " + f.getFileName() + " " + Rendering.role(d, r));
      }
    }
  }

  @Test
  void quotesMatchTheGold() {
    int required = 0;
    int found = 0;
    int speakerRight = 0;
    for (JsonValue v : gold.get("quotes").getAsArray()) {
      JsonObject g = v.getAsObject();
      if (g.hasKey("optional") && g.get("optional").getAsBoolean().value()) {
        continue;
      }
      required++;
      String snip = norm(g.getString("snippet"));
      List<Row> rows = quotes.stream().filter(r -> sameQuote(snip, norm(r.text()))).toList();
      List<String> speakers = strings(g.get("speaker").getAsArray());
      if (!rows.isEmpty()) {
        found++;
        if (rows.stream().anyMatch(r -> speakerMatches(r.speaker(), speakers))) {
          speakerRight++;
        } else {
          System.out.println("WRONG SPEAKER " + snip + " " + rows);
        }
      } else {
        System.out.println("MISSED QUOTE " + snip);
      }
    }
    List<String> snippets = new ArrayList<>();
    for (JsonValue v : gold.get("quotes").getAsArray()) {
      snippets.add(norm(v.getAsObject().getString("snippet")));
    }
    long correct =
        quotes.stream()
            .filter(r -> snippets.stream().anyMatch(s -> sameQuote(s, norm(r.text()))))
            .count();
    long full = quotes.stream().filter(r -> !r.partial()).count();
    long fullCorrect =
        quotes.stream()
            .filter(r -> !r.partial())
            .filter(r -> snippets.stream().anyMatch(s -> sameQuote(s, norm(r.text()))))
            .count();
    double recall = (double) found / required;
    double accuracy = found == 0 ? 0 : (double) speakerRight / found;
    double precision = quotes.isEmpty() ? 0 : (double) correct / quotes.size();
    double fullPrecision = full == 0 ? 0 : (double) fullCorrect / full;
    System.out.printf(
        "SEEDS quotes_recall=%.3f (%d/%d) speaker_accuracy=%.3f precision=%.3f (%d/%d)"
            + " precision_full_quotes=%.3f (%d/%d)%n",
        recall,
        found,
        required,
        accuracy,
        precision,
        correct,
        quotes.size(),
        fullPrecision,
        fullCorrect,
        full);
    assertTrue(recall >= 0.9, "quote recall " + recall);
    assertTrue(accuracy >= 0.9, "speaker accuracy " + accuracy);
    assertTrue(fullPrecision >= 0.9, "precision of full quotes " + fullPrecision);
  }

  @Test
  void rolesMatchTheGold() {
    int total = 0;
    int titled = 0;
    int strict = 0;
    for (JsonValue v : gold.get("people").getAsArray()) {
      JsonObject g = v.getAsObject();
      if (g.hasKey("optional") && g.get("optional").getAsBoolean().value()
          || !g.hasKey("role_keywords")) {
        continue;
      }
      total++;
      List<String> aliases = strings(g.get("aliases").getAsArray());
      aliases.add(g.getString("name"));
      List<String> keywords = strings(g.get("role_keywords").getAsArray());
      List<String> of =
          strings(g.get("role_of").getAsArray()).stream().map(SeedGoldTest::norm).toList();
      List<Person> rows = people.stream().filter(p -> nameMatches(p.name(), aliases)).toList();
      List<Person> withTitle =
          rows.stream()
              .filter(p -> keywords.stream().anyMatch(k -> norm(p.title()).contains(k)))
              .toList();
      if (!withTitle.isEmpty()) {
        titled++;
      }
      if (withTitle.stream()
          .anyMatch(
              p -> of.stream().anyMatch(o -> samePlace(o, p.of()) || samePlace(o, p.title())))) {
        strict++;
      } else {
        System.out.println("ROLE NOT FULLY FOUND " + g.getString("name") + " " + rows);
      }
    }
    System.out.printf(
        "SEEDS roles_recall_title=%.3f (%d/%d) roles_recall_with_of=%.3f (%d/%d)%n",
        (double) titled / total, titled, total, (double) strict / total, strict, total);
    assertTrue((double) titled / total >= 0.9, "role recall " + titled + "/" + total);
  }

  private static boolean sameQuote(String snippet, String quote) {
    return quote.contains(snippet) || quote.length() > 20 && snippet.contains(quote);
  }

  private static boolean speakerMatches(String speaker, List<String> gold) {
    return nameMatches(speaker, gold)
        || gold.stream().anyMatch(s -> norm(speaker).contains(norm(s)));
  }

  /** As score.py: the whole name, or its last word, matches an alias. */
  private static boolean nameMatches(String name, List<String> aliases) {
    String n = norm(name);
    if (n.isEmpty()) {
      return false;
    }
    List<String> al = aliases.stream().map(SeedGoldTest::norm).toList();
    if (al.contains(n)) {
      return true;
    }
    String[] w = n.split(" ");
    String last = w[w.length - 1];
    return al.stream().anyMatch(a -> a.equals(last) || a.endsWith(" " + last));
  }

  /** Textual containment, or a shared stem ("kazakh", "kazakhstan"): no gazetteer here. */
  private static boolean samePlace(String gold, String found) {
    String f = norm(found);
    if (gold.isEmpty() || f.isEmpty()) {
      return false;
    }
    if (f.contains(gold)) {
      return true;
    }
    for (String w : f.split(" ")) {
      int n = 0;
      while (n < w.length() && n < gold.length() && w.charAt(n) == gold.charAt(n)) {
        n++;
      }
      if (n >= 5) {
        return true;
      }
    }
    return false;
  }

  private static List<String> strings(JsonArray a) {
    List<String> out = new ArrayList<>();
    a.forEach(v -> out.add(v.getAsString().value()));
    return out;
  }

  private static String norm(String s) {
    String n =
        Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    n = n.replace('\u2019', '\'').toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9%]+", " ");
    return n.strip().replaceAll(" +", " ");
  }
}
