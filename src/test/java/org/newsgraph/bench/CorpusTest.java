package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.RawArticle;

class CorpusTest {

  @Test
  void articlesAreDistinctDeterministicAndTemplateSized() {
    Corpus c = Corpus.from(List.of(Path.of("seeds")), 60);
    Set<String> bodies = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (RawArticle a : c) {
      bodies.add(a.body());
      ids.add(a.meta().id());
    }
    assertEquals(60, bodies.size());
    assertEquals(60, ids.size());
    assertEquals(c.get(17).body(), Corpus.from(List.of(Path.of("seeds")), 60).get(17).body());
    int template = c.get(0).body().length();
    int variant = c.get(5).body().length();
    assertEquals(template, variant, template / 50.0);
  }

  @Test
  void numbersRiseAndParagraphsRotateWithEachRound() {
    String t = "Head\n\nline two\n\nline three\n\nA has 10.\n\nB has 20.";
    assertEquals(t, Corpus.vary(t, 0));
    assertEquals("Head\n\nline two\n\nline three\n\nB has 21.\n\nA has 11.", Corpus.vary(t, 1));
    assertNotEquals(Corpus.vary(t, 1), Corpus.vary(t, 2));
  }
}
