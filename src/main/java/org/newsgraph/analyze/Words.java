package org.newsgraph.analyze;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words of a text for comparing texts: tokens, content-word stems and word shingles. */
final class Words {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,][0-9]+)*");

  /** Function words and reporting words: they say nothing about what a text is about. */
  private static final Set<String> STOP =
      Set.of(
          "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "from", "by",
          "with", "as", "into", "over", "about", "than", "this", "that", "these", "those", "it",
          "its", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do",
          "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
          "we", "us", "our", "i", "me", "my", "you", "your", "he", "him", "his", "she", "her",
          "they", "them", "their", "there", "here", "not", "no", "so", "if", "then", "all", "any",
          "some", "which", "who", "whom", "what", "when", "where", "how", "also", "very", "just",
          "only", "said", "says", "say", "up", "out", "because", "while", "such", "other");

  private Words() {}

  /** Lower-case word tokens (numbers keep their separators: {@code 12,500}). */
  static List<String> tokens(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(folded);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * Stems of the content words, in order of first appearance. Numbers are kept whole: two
   * renderings of one statement share its numbers even when translated differently.
   */
  static Set<String> contentStems(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : tokens(text)) {
      if (!STOP.contains(t) && (t.length() > 1 || Character.isDigit(t.charAt(0)))) {
        out.add(Character.isDigit(t.charAt(0)) ? t.replaceAll("[.,]", "") : stem(t));
      }
    }
    return out;
  }

  /**
   * A light suffix-stripping stem: enough to match inflections and British and American spellings
   * ("organisation", "organization", "organised"), not a linguistic analysis.
   */
  static String stem(String word) {
    String w = word.replace("iz", "is");
    for (String suffix :
        List.of("ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "ly", "s")) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
        w = w.substring(0, w.length() - suffix.length());
        break;
      }
    }
    return w.endsWith("e") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
  }

  /** The set of word n-grams of a text, for near-duplicate detection. */
  static Set<String> shingles(String text, int n) {
    List<String> t = tokens(text);
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i + n <= t.size(); i++) {
      out.add(String.join(" ", t.subList(i, i + n)));
    }
    return out;
  }

  /**
   * Overlap coefficient: shared items over the size of the smaller set. A short rendering wholly
   * inside a longer one scores 1, which is what we want for excerpts and trimmed copies.
   */
  static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    return (double) shared(a, b) / Math.min(a.size(), b.size());
  }

  static int shared(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int n = 0;
    for (String s : small) {
      if (large.contains(s)) {
        n++;
      }
    }
    return n;
  }
}
