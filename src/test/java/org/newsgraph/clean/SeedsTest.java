package org.newsgraph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.model.ArticleMeta;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.Document;
import org.newsgraph.model.RawArticle;

/** The five seed articles against the hand-made gold facts. */
class SeedsTest {

  private static final Path SEEDS = Path.of("seeds");
  private static final Path GOLD = Path.of("/work/shared/eval/seeds-gold.json");

  /** Furniture of the seeds' pages: none of it may survive cleaning. */
  private static final List<String> FURNITURE =
      List.of(
          "Your support",
          "Your donation",
          "paywalls",
          "sign up",
          "valid email",
          "notifications",
          "Join our commenting forum",
          "Thank you for registering",
          "logged in",
          "SEE ALSO",
          "Image: via",
          "Picture: PA",
          "/AP)",
          "(AP)",
          "(Independent)",
          "source site",
          "Latest World News",
          "Mick Jagger",
          "Hamill",
          "Brazil",
          "doner meat",
          "Space Race");

  private static Document clean(String file) throws IOException {
    String body = Files.readString(SEEDS.resolve(file), StandardCharsets.UTF_8);
    ArticleMeta meta =
        new ArticleMeta(
            "id",
            file,
            "sha",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    return new Cleaner().clean(new RawArticle(meta, RawArticle.Format.TEXT, body));
  }

  private static Optional<String> gold(JsonObject article, String key) {
    JsonValue v = article.get(key);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.getAsString().value());
  }

  @TestFactory
  Stream<DynamicTest> seedsMatchTheGoldMetadata() {
    JsonObject articles = JSON.read(GOLD.toString()).getObj("articles");
    return articles.keys().stream()
        .sorted()
        .map(
            key ->
                DynamicTest.dynamicTest(
                    key,
                    () -> {
                      JsonObject g = articles.getObj(key);
                      Document d = clean(g.getString("file"));
                      ArticleMeta m = d.meta();
                      assertEquals(gold(g, "title"), m.title(), "title");
                      Optional<String> date = gold(g, "date");
                      assertEquals(date.isPresent(), m.published().isPresent(), "date present");
                      date.ifPresent(
                          day -> assertTrue(m.published().get().startsWith(day), "date " + day));
                      assertEquals(gold(g, "author"), m.author(), "author");
                      assertEquals(gold(g, "publisher"), m.publisher(), "publisher");
                    }));
  }

  @TestFactory
  Stream<DynamicTest> noFurnitureSurvives() throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream()
          .map(
              file ->
                  DynamicTest.dynamicTest(
                      file,
                      () -> {
                        String text = clean(file).text();
                        for (String phrase : FURNITURE) {
                          assertFalse(text.contains(phrase), file + " keeps: " + phrase);
                        }
                      }));
    }
  }

  @Test
  void headlineListAfterTheArticleIsGone() throws IOException {
    Path file = SEEDS.resolve("003_72d7c73a318545d0.txt");
    String raw = Files.readString(file, StandardCharsets.UTF_8);
    String list = raw.substring(raw.indexOf("Latest World News"));
    Document d = clean(file.getFileName().toString());
    for (String line : list.split("\n")) {
      if (!line.isBlank()) {
        assertFalse(d.text().contains(line.strip()), "kept: " + line);
      }
    }
    assertTrue(d.text().endsWith("By Press Association"));
  }

  @Test
  void captionsAreMarkedAndStandfirstStaysBody() throws IOException {
    Document d = clean("001_2c40a96695308540.txt");
    List<String> captions =
        d.blocks().stream()
            .filter(b -> b.kind() == BlockKind.CAPTION)
            .map(b -> d.textOf(b.span()))
            .toList();
    assertEquals(2, captions.size());
    assertTrue(captions.get(0).endsWith("without a visa"));
    Block standfirst = d.blocks().get(1);
    assertEquals(BlockKind.BODY, standfirst.kind());
    assertTrue(d.textOf(standfirst.span()).endsWith("says the Kazakh president"));
  }

  @Test
  void seedOffsetsPointAtTheSameText() throws IOException {
    for (String file : List.of("000_abea3c047325cf60.txt", "001_2c40a96695308540.txt")) {
      String raw = Files.readString(SEEDS.resolve(file), StandardCharsets.UTF_8);
      Document d = clean(file);
      for (Block b : d.blocks()) {
        String kept = d.textOf(b.span());
        int from = d.sourceOffsets().toSource(b.span().begin());
        String rawRun = raw.substring(from, Math.min(raw.length(), from + kept.length() * 2));
        String flat = rawRun.replace('\u00A0', ' ').replaceAll("\\s+", " ");
        assertTrue(flat.startsWith(kept), file + ": " + kept);
      }
    }
  }
}
