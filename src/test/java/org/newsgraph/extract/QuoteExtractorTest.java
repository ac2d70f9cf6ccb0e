package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.TestDocs;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Quote;

class QuoteExtractorTest {

  private static Document quotes(String... paragraphs) {
    return new QuoteExtractor().apply(TestDocs.annotate(TestDocs.body(paragraphs)));
  }

  @Test
  void declaresItsLayers() {
    QuoteExtractor q = new QuoteExtractor();
    assertEquals(Set.of(Layer.TOKENS, Layer.POS, Layer.MENTIONS), q.requires());
    assertEquals(Set.of(Layer.QUOTES), q.provides());
  }

  @Test
  void attributionAfterTheQuote() {
    Document d =
        quotes(
            "Judge Margaret Holloway rejected the appeal on Monday.",
            "“The evidence does not support a new trial,” Holloway said in her ruling.");
    assertEquals(
        List.of("Holloway: The evidence does not support a new trial"), Rendering.quotes(d));
    Quote q = d.quotes().get(0);
    assertEquals("The evidence does not support a new trial", d.textOf(q.span()));
    assertEquals("Holloway", q.speakerText());
    assertFalse(q.partial());
  }

  @Test
  void invertedAttributionWithStraightMarks() {
    Document d =
        quotes(
            "\"The river rose faster than any model predicted,\" said Daniel Okafor, a spokesman"
                + " for the Environment Agency.");
    assertEquals(
        List.of("Daniel Okafor: The river rose faster than any model predicted"),
        Rendering.quotes(d));
  }

  @Test
  void attributionBeforeTheQuoteWithAColon() {
    Document d =
        quotes(
            "Energy Minister Sofia Lindqvist told reporters: “Prices will fall once the new"
                + " pipeline opens.”");
    assertEquals(
        List.of("Sofia Lindqvist: Prices will fall once the new pipeline opens."),
        Rendering.quotes(d));
  }

  @Test
  void pronounResolvesToTheEarlierSubject() {
    Document d =
        quotes(
            "Opposition leader Raymond Castillo conceded defeat late on Sunday.",
            "“The voters have spoken and we accept their verdict,” he said in a speech to"
                + " supporters.");
    assertEquals(1, d.quotes().size());
    Quote q = d.quotes().get(0);
    assertEquals("he", q.speakerText());
    assertEquals("Raymond Castillo", d.textOf(q.speaker().orElseThrow()));
  }

  @Test
  void quoteSplitByAnAttributionKeepsTheSpeaker() {
    Document d =
        quotes(
            "“We lost everything in the flood,” said Maria Gonzalez. “The water came into the"
                + " house in minutes.”");
    assertEquals(
        List.of(
            "Maria Gonzalez: We lost everything in the flood",
            "Maria Gonzalez: The water came into the house in minutes."),
        Rendering.quotes(d));
  }

  @Test
  void quoteOverSeveralParagraphsIsOneQuote() {
    Document d =
        quotes(
            "Trade Secretary Helen Marsh said: “The agreement removes tariffs on steel.",
            "“It also opens public contracts to our companies.”",
            "The deal still needs the approval of parliament.");
    assertEquals(
        List.of(
            "Helen Marsh: The agreement removes tariffs on steel. It also opens public contracts"
                + " to our companies."),
        Rendering.quotes(d));
  }

  @Test
  void aQuoteParagraphWithoutAttributionTakesThePreviousSpeaker() {
    Document d =
        quotes(
            "“The court has made its decision,” Chief Justice Andrew Pike said.",
            "“Everyone must now respect it.”");
    assertEquals(
        List.of(
            "Andrew Pike: The court has made its decision",
            "Andrew Pike: Everyone must now respect it."),
        Rendering.quotes(d));
  }

  @Test
  void organisationsSpeak() {
    Document d =
        quotes("“Output at the plant will resume next week,” Siemens said in a statement.");
    assertEquals(
        List.of("Siemens: Output at the plant will resume next week"), Rendering.quotes(d));
  }

  @Test
  void partialQuotesTakeTheSentenceSpeaker() {
    Document d =
        quotes(
            "The electoral commission said the count had been “free, fair and transparent in"
                + " every district” despite the delays.");
    assertEquals(1, d.quotes().size());
    assertTrue(d.quotes().get(0).partial());
    assertEquals("free, fair and transparent in every district", d.quotes().get(0).text());
    assertEquals("The electoral commission", d.quotes().get(0).speakerText());
  }

  @Test
  void shortScareQuotesWithoutSpeakerAreDropped() {
    Document d = quotes("Residents described the storm as a “monster” that flattened the town.");
    assertTrue(d.quotes().isEmpty(), Rendering.quotes(d)::toString);
  }

  @Test
  void singleMarksInHeadlinesButNotApostrophes() {
    Document d =
        new QuoteExtractor()
            .apply(
                TestDocs.annotate(
                    TestDocs.of(
                        org.newsgraph.model.BlockKind.HEADLINE,
                        "‘We will rebuild every school,’ says the governor",
                        org.newsgraph.model.BlockKind.BODY,
                        "Governor Laura Bennett visited the flooded towns' shelters on Friday.")));
    assertEquals(List.of("Laura Bennett: We will rebuild every school"), Rendering.quotes(d));
  }
}
