package org.newsgraph.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds near-duplicate articles by word 5-gram shingles. Similarity is the overlap coefficient
 * (shared shingles over the shorter text's), not Jaccard: a republished story often drops or adds
 * paragraphs, which Jaccard punishes though every sentence of the shorter text is in the longer.
 * Independent reports of one event share names and numbers but rarely five words in a row, so they
 * score near 0, far from the threshold.
 */
public final class CopyDetector {

  /** Word n-gram length: long enough that common phrases do not match by chance. */
  static final int SHINGLE = 5;

  /** Half of the shorter text repeated word for word is a copy, not a coincidence. */
  static final double THRESHOLD = 0.5;

  private CopyDetector() {}

  /** Every article that copies another, pointing at the original of its set of copies. */
  public static List<Copy> find(List<ArticleText> articles) {
    List<ArticleText> sorted = new ArrayList<>(articles);
    sorted.sort(
        Comparator.comparing((ArticleText a) -> a.published().isEmpty() ? "~" : a.published())
            .thenComparing(ArticleText::iri));
    List<Set<String>> shingles =
        sorted.stream().map(a -> Words.shingles(a.text(), SHINGLE)).toList();
    Map<Integer, Integer> original = new HashMap<>();
    Map<Integer, Double> similarity = new HashMap<>();
    // Earliest first, so each article is compared with the originals before it and a copy of a
    // copy still points at the first. The originals' shingles are indexed, so an article is only
    // compared with the originals it shares a shingle with: linear in the corpus, not quadratic.
    Map<String, List<Integer>> originalsWith = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      Set<String> mine = shingles.get(i);
      Map<Integer, Integer> shared = new HashMap<>();
      for (String s : mine) {
        for (int j : originalsWith.getOrDefault(s, List.of())) {
          shared.merge(j, 1, Integer::sum);
        }
      }
      int first = -1;
      double firstSimilarity = 0;
      for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
        int j = e.getKey();
        double s = (double) e.getValue() / Math.min(mine.size(), shingles.get(j).size());
        if (s >= THRESHOLD && (first < 0 || j < first)) {
          first = j;
          firstSimilarity = s;
        }
      }
      if (first >= 0) {
        original.put(i, first);
        similarity.put(i, firstSimilarity);
      } else {
        for (String s : mine) {
          originalsWith.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
        }
      }
    }
    List<Copy> out = new ArrayList<>();
    original.forEach(
        (i, j) ->
            out.add(new Copy(sorted.get(i).iri(), sorted.get(j).iri(), round(similarity.get(i)))));
    out.sort(Comparator.comparing(Copy::article));
    return out;
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
