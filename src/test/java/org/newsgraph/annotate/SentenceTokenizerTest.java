package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

class SentenceTokenizerTest {

  private static SentenceTokenizer tokenizer;

  @BeforeAll
  static void load() {
    tokenizer = new SentenceTokenizer(TestDocs.models());
  }

  private static List<String> tokens(String text) {
    return tokenizer.apply(TestDocs.body(text)).tokens().stream()
        .map(Token::text)
        .collect(Collectors.toList());
  }

  @Test
  void offsetsRoundTrip() {
    Document doc =
        tokenizer.apply(
            TestDocs.of(
                BlockKind.HEADLINE, "Storm Hits Coast",
                BlockKind.BODY, "The storm’s “eye” passed (slowly) over Port-au-Prince. It left."));
    assertTrue(doc.has(Layer.SENTENCES) && doc.has(Layer.TOKENS));
    for (Token t : doc.tokens()) {
      assertEquals(t.text(), t.span().of(doc.text()), t.toString());
    }
    for (Sentence s : doc.sentences()) {
      List<Token> ts = doc.tokensOf(s);
      assertEquals(s.span().begin(), ts.get(0).span().begin());
      assertEquals(s.span().end(), ts.get(ts.size() - 1).span().end());
    }
  }

  @Test
  void sentencesStayInsideBlocks() {
    Document doc =
        tokenizer.apply(
            TestDocs.of(
                BlockKind.HEADLINE, "Storm Hits Coast",
                BlockKind.BODY, "The storm passed. It left damage behind.",
                BlockKind.CAPTION, "A house without a roof"));
    assertEquals(
        List.of(
            "0 HEADLINE Storm Hits Coast",
            "1 BODY The storm passed.",
            "2 BODY It left damage behind.",
            "3 CAPTION A house without a roof"),
        doc.sentences().stream()
            .map(s -> s.index() + " " + s.kind() + " " + s.span().of(doc.text()))
            .collect(Collectors.toList()));
  }

  @Test
  void possessiveIsSplitOff() {
    assertEquals(
        List.of("The", "mayor", "'s", "plan", "and", "Smith", "’s", "reply", "."),
        tokens("The mayor's plan and Smith’s reply."));
  }

  @Test
  void hyphenatedNamesAreOneToken() {
    assertEquals(
        List.of("Jean-Paul", "Sartre", "met", "Anne-Marie", "in", "a", "long-running", "feud", "."),
        tokens("Jean-Paul Sartre met Anne-Marie in a long-running feud."));
    assertEquals(
        List.of("The", "Director-General", "spoke", "."), tokens("The Director-General spoke."));
  }

  @Test
  void aRunLongerThanAnyWordIsOneToken() {
    String run = "x".repeat(50_000);
    List<String> got = tokens("See " + run + " now.");
    assertEquals(
        List.of("See", "50000 chars", "now", "."),
        got.stream().map(t -> t.length() > 100 ? t.length() + " chars" : t).toList());
  }

  @Test
  void quotesAndBracketsAreTokensOfTheirOwn() {
    assertEquals(
        List.of(
            "He", "called", "it", "a", "“", "humanitarian", "matter", "”", "(", "again", ")", "."),
        tokens("He called it a “humanitarian matter” (again)."));
    assertEquals(List.of("‘", "No", "’", ",", "she", "said", "."), tokens("‘No’, she said."));
  }

  @Test
  void abbreviationsAndNumbersStayWhole() {
    assertEquals(
        List.of(
            "The", "U.S.", "sent", "5,000", "troops", "to", "the", "Russians", "’", "border", "."),
        tokens("The U.S. sent 5,000 troops to the Russians’ border."));
  }
}
