package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layer;

class PosTaggerTest {

  @Test
  void everyTokenGetsAUniversalTag() {
    Models models = TestDocs.models();
    Document doc =
        new PosTagger(models)
            .apply(
                new SentenceTokenizer(models)
                    .apply(TestDocs.body("Anna Berg visited the old harbour in Oslo.")));
    assertTrue(doc.has(Layer.POS));
    assertEquals(
        "Anna/PROPN Berg/PROPN visited/VERB the/DET old/ADJ harbour/NOUN in/ADP Oslo/PROPN ./PUNCT",
        doc.tokens().stream().map(t -> t.text() + "/" + t.pos()).collect(Collectors.joining(" ")));
  }
}
