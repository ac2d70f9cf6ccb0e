package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NameFinderModelTest {

  /** Finds the same names with the same probabilities as OpenNLP's decoder, on real articles. */
  @Test
  void decodesExactlyAsOpenNlp() throws IOException {
    Models models = TestDocs.models();
    TokenNameFinderModel plain;
    try (InputStream in = Models.class.getResourceAsStream(Models.NER_MODEL)) {
      plain = new TokenNameFinderModel(in);
    }
    NameFinderME reference = new NameFinderME(plain);
    NameFinderME fast = new NameFinderME(models.nameFinderModel());
    SentenceDetectorME sentences = new SentenceDetectorME(models.sentenceModel());
    TokenizerME tokenizer = new TokenizerME(models.tokenizerModel());
    int names = 0;
    for (Path article : articles()) {
      reference.clearAdaptiveData();
      fast.clearAdaptiveData();
      for (String sentence : sentences.sentDetect(Files.readString(article))) {
        String[] tokens = tokenizer.tokenize(sentence);
        Span[] expected = reference.find(tokens);
        Span[] actual = fast.find(tokens);
        assertArrayEquals(expected, actual, article + ": " + sentence);
        for (int i = 0; i < expected.length; i++) {
          assertEquals(expected[i].getType(), actual[i].getType());
          assertEquals(expected[i].getProb(), actual[i].getProb(), 0.0);
        }
        assertArrayEquals(reference.probs(), fast.probs(), 0.0);
        names += expected.length;
      }
    }
    assertTrue(names > 100, "too few names to compare: " + names);
  }

  private static List<Path> articles() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String dir : List.of("seeds", "src/test/resources/golden/articles")) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
      }
    }
    return out;
  }
}
