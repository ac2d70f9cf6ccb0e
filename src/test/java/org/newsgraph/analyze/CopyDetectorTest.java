package org.newsgraph.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CopyDetectorTest {

  private static final String STORY =
      "Nearly 40 people have died in the floods that swept through the valley since Saturday,"
          + " the regional governor said on Tuesday. About 3,000 residents have been evacuated"
          + " from towns along the river, and rescue teams were still searching for the missing.";

  @Test
  void republishedStoryWithOtherFurnitureIsACopyOfTheEarlierOne() {
    List<Copy> copies =
        CopyDetector.find(
            List.of(
                new ArticleText(
                    "urn:later", "2023-06-14T10:05:00Z", "Share this. " + STORY + " Most read."),
                new ArticleText("urn:first", "2023-06-14T08:30:00Z", "Sign up. " + STORY),
                new ArticleText(
                    "urn:other",
                    "2023-06-14",
                    "At least 38 people have died in the valley floods, the governor said, and"
                        + " some 3,200 people were evacuated from their homes.")));
    assertEquals(1, copies.size(), copies::toString);
    assertEquals("urn:later", copies.get(0).article());
    assertEquals("urn:first", copies.get(0).copyOf());
  }

  @Test
  void findsWhatComparingEveryPairFinds() {
    Random random = new Random(7);
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      StringBuilder b = new StringBuilder();
      for (int w = 0; w < 12; w++) {
        b.append("w").append(random.nextInt(500)).append(' ');
      }
      sentences.add(b.toString().strip() + ".");
    }
    List<ArticleText> articles = new ArrayList<>();
    for (int a = 0; a < 120; a++) {
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < 1 + random.nextInt(6); k++) {
        text.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
      }
      articles.add(
          new ArticleText("urn:a" + a, "2024-01-" + (10 + random.nextInt(9)), text.toString()));
    }
    List<Copy> found = CopyDetector.find(articles);
    assertEquals(everyPair(articles), found);
    assertTrue(found.size() > 20 && found.size() < 100, found.size() + " copies");
  }

  /** The definition: earliest first, each article against every earlier original. */
  private static List<Copy> everyPair(List<ArticleText> articles) {
    List<ArticleText> sorted = new ArrayList<>(articles);
    sorted.sort(Comparator.comparing(ArticleText::published).thenComparing(ArticleText::iri));
    List<Boolean> isOriginal = new ArrayList<>();
    List<Copy> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Set<String> mine = Words.shingles(sorted.get(i).text(), CopyDetector.SHINGLE);
      Copy copy = null;
      for (int j = 0; j < i && copy == null; j++) {
        double s = Words.overlap(mine, Words.shingles(sorted.get(j).text(), CopyDetector.SHINGLE));
        if (isOriginal.get(j) && s >= CopyDetector.THRESHOLD) {
          copy = new Copy(sorted.get(i).iri(), sorted.get(j).iri(), Math.round(s * 1000) / 1000.0);
        }
      }
      isOriginal.add(copy == null);
      if (copy != null) {
        out.add(copy);
      }
    }
    out.sort(Comparator.comparing(Copy::article));
    return out;
  }
}
