package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.TestDocs;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.TokenSpan;

/** The date stage alone, over hand-built sentences. */
class DateExtractorTest {

  /** One body paragraph of the given sentences, with the given publication date. */
  private static Document sentences(Optional<String> published, String... sentences) {
    Document d = TestDocs.body(String.join(" ", sentences));
    List<Sentence> s = new ArrayList<>();
    int at = 0;
    for (String text : sentences) {
      CharSpan span = new CharSpan(at, at + text.length());
      s.add(new Sentence(s.size(), span, new TokenSpan(0, 0), BlockKind.BODY));
      at = span.end() + 1;
    }
    return d.withMeta(d.meta().withPublished(published)).withSentences(s, List.of());
  }

  /** Each date as {@code sentence: [begin,end) start..end}. */
  private static List<String> dates(Document d) {
    return new DateExtractor()
        .apply(d).dates().stream().map(m -> m.sentence() + ": " + m.render()).toList();
  }

  @Test
  void declaresItsLayers() {
    DateExtractor x = new DateExtractor();
    assertEquals(Set.of(Layer.SENTENCES), x.requires());
    assertEquals(Set.of(Layer.DATES), x.provides());
    assertEquals(
        Set.of(Layer.TEXT, Layer.SENTENCES, Layer.TOKENS, Layer.DATES),
        x.apply(sentences(Optional.empty(), "No dates here.")).layers());
  }

  @Test
  void eachDateKnowsItsSentenceAndIsResolvedAgainstThePublicationDate() {
    Document d =
        sentences(
            Optional.of("2024-03-12"), "The court ruled on Friday.", "Talks resume this week.");
    assertEquals(List.of("0: [16,25) 2024-03-08", "1: [40,49) 2024-03-11..2024-03-17"), dates(d));
  }

  @Test
  void anUndatedArticleIsReadAgainstTheLatestDateItStates() {
    Document d =
        sentences(Optional.empty(), "The vote on 12 March 2024 was close.", "It began on Friday.");
    assertEquals(List.of("0: [9,25) 2024-03-12", "1: [46,55) 2024-03-08"), dates(d));
  }
}
