package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.TestDocs;
import org.newsgraph.clean.Cleaner;
import org.newsgraph.model.ArticleMeta;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.Document;
import org.newsgraph.model.Event;
import org.newsgraph.model.RawArticle;

/** Events from sentences in the style of news reports, through the real annotators. */
class EventExtractorTest {

  /** A Tuesday. */
  private static final String ARTICLE_DATE = "2024-03-12";

  private static final Path GOLD = Path.of("src/test/resources/golden/seeds-gold.json");

  private static Document annotate(Document doc) {
    return new EventExtractor().apply(new DateExtractor().apply(TestDocs.annotate(doc)));
  }

  /** A dated article from alternating block kinds and texts. */
  private static Document article(Object... kindsAndTexts) {
    Document d = TestDocs.of(kindsAndTexts);
    return annotate(d.withMeta(d.meta().withPublished(Optional.of(ARTICLE_DATE))));
  }

  /** Events of body paragraphs, rendered. */
  private static List<String> events(String... paragraphs) {
    List<Object> parts = new ArrayList<>();
    for (String p : paragraphs) {
      parts.add(BlockKind.BODY);
      parts.add(p);
    }
    return rendered(article(parts.toArray()));
  }

  /** {@code type date agent=... place=... : label}. */
  static List<String> rendered(Document d) {
    return d.events().stream().map(e -> render(d, e)).toList();
  }

  static String render(Document d, Event e) {
    return e.type()
        + " "
        + e.date().orElse("-")
        + " agent="
        + e.agent().map(d::textOf).orElse("-")
        + " place="
        + e.place().map(d::textOf).orElse("-")
        + " : "
        + e.label();
  }

  @Test
  void declaresWhatItNeedsAndAdds() {
    EventExtractor x = new EventExtractor();
    assertTrue(
        x.requires()
            .containsAll(
                List.of(
                    org.newsgraph.model.Layer.TOKENS,
                    org.newsgraph.model.Layer.POS,
                    org.newsgraph.model.Layer.MENTIONS,
                    org.newsgraph.model.Layer.DATES)));
    assertEquals(java.util.Set.of(org.newsgraph.model.Layer.EVENTS), x.provides());
  }

  @Test
  void announcementWithAgentObjectAndRelativeDate() {
    assertEquals(
        List.of(
            "announcement 2024-03-06 agent=Olaf Scholz place=- : Olaf Scholz announced new"
                + " tariffs"),
        events("On Wednesday last week, German Chancellor Olaf Scholz announced new tariffs."));
  }

  @Test
  void orderInThePassiveWithByAgent() {
    assertEquals(
        List.of("order 2024-03-08 agent=Andrew Cuomo place=- : lockdown ordered by Andrew Cuomo"),
        events("The lockdown was ordered by Governor Andrew Cuomo on Friday."));
  }

  @Test
  void movementTakesTheDestination() {
    assertEquals(
        List.of("movement 2024-03-07 agent=- place=Poland : migrants crossed"),
        events("More than 2,000 migrants crossed into Poland on Thursday."));
  }

  @Test
  void protestWithPlaceAndDay() {
    assertEquals(
        List.of("protest 2024-03-12 agent=- place=Brussels : farmers protested"),
        events("Thousands of farmers protested in Brussels on Tuesday."));
  }

  @Test
  void legalActionByPolice() {
    assertEquals(
        List.of("legal 2024-03-09 agent=- place=Paris : French police arrested three activists"),
        events("French police arrested three activists in Paris on Saturday."));
  }

  @Test
  void talksThroughALightVerb() {
    assertEquals(
        List.of("talks - agent=Mexico place=- : Mexico hold talks with Canada"),
        events("Mexico will hold talks with Canada on trade."));
  }

  @Test
  void possessiveMakesTheAgentOfANominalEvent() {
    List<String> got =
        events("Oil prices fell after Emmanuel Macron's announcement of a referendum.");
    assertEquals(
        List.of(
            "announcement - agent=Emmanuel Macron place=- : Emmanuel Macron announcement of"
                + " referendum"),
        got);
  }

  @Test
  void disasterNounWithPlaceAndDate() {
    assertEquals(
        List.of("disaster 2024-03-11 agent=- place=Turkey : earthquake in Turkey"),
        events("An earthquake in Turkey destroyed hundreds of homes yesterday."));
  }

  @Test
  void nounsThatReferBackAreSkipped() {
    assertEquals(List.of(), events("Oil prices have risen sharply since the announcement."));
  }

  @Test
  void repeatedStatementsAreOneEventWithTheMostSpecificDate() {
    assertEquals(
        List.of("statement 2024-03-11 agent=Rishi Sunak place=- : Rishi Sunak said"),
        events(
            "Prime Minister Rishi Sunak spoke to reporters about the floods.",
            "\"We will rebuild,\" he said in a speech on Monday."));
  }

  @Test
  void bylinesAreNotReports() {
    Document d =
        article(
            BlockKind.BYLINE,
            "Reporting by Anna Schmidt, said on Tuesday",
            BlockKind.BODY,
            "Water prices rose.");
    assertEquals(List.of(), rendered(d));
  }

  @Test
  void headlineCaseIsReadAsHeadline() {
    Document d =
        article(
            BlockKind.HEADLINE,
            "Thousands Flee To Greece After Wildfires",
            BlockKind.BODY,
            "Officials said more help was needed.");
    List<String> got = rendered(d);
    assertTrue(got.contains("movement - agent=- place=Greece : thousands flee"), got::toString);
  }

  // --- Seeds -------------------------------------------------------------------------------

  private static List<Document> seeds() throws IOException {
    List<Document> docs = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      ArticleMeta meta =
          new ArticleMeta(
              f.getFileName().toString(),
              f.getFileName().toString(),
              "sha",
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty());
      String body = Files.readString(f, StandardCharsets.UTF_8);
      docs.add(annotate(new Cleaner().clean(new RawArticle(meta, RawArticle.Format.TEXT, body))));
    }
    return docs;
  }

  private static boolean isMobilisation(Event e) {
    String l = e.label().toLowerCase(java.util.Locale.ROOT);
    return l.contains("mobili") || l.contains("call-up") || l.contains("call up");
  }

  @Test
  void seedsHaveTheGoldMobilisationEvent() throws IOException {
    String gold = Files.readString(GOLD, StandardCharsets.UTF_8);
    assertTrue(gold.contains("\"mobilisation\"") && gold.contains("2022-09-21"));
    boolean found = false;
    for (Document d : seeds()) {
      for (Event e : d.events()) {
        if (!isMobilisation(e) || e.date().isEmpty()) {
          continue;
        }
        assertEquals("2022-09-21", e.date().get(), d.meta().source() + ": " + render(d, e));
        found |= e.agent().map(d::textOf).orElse("").contains("Putin");
      }
    }
    assertTrue(found, "no dated mobilisation event with agent Putin");
  }

  @Test
  void seedEventsAreNeverFromBylinesOrDuplicated() throws IOException {
    for (Document d : seeds()) {
      List<String> got = rendered(d);
      assertEquals(got.stream().distinct().count(), got.size(), got::toString);
      for (Event e : d.events()) {
        assertFalse(d.sentences().get(e.sentence()).kind() == BlockKind.BYLINE);
      }
    }
  }
}
