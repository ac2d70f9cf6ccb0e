package org.newsgraph.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups quotes of one speaker that render one statement. Two quotes are linked when they share at
 * least {@link #MIN_SHARED} content-word stems and those make up at least {@link #THRESHOLD} of the
 * shorter quote's: renderings of one statement keep its key words, names and numbers even when
 * translated differently, while different statements of one speaker share one or two words at most.
 * Linked quotes form one statement (transitively: a long rendering joins the fragments other
 * articles quote).
 */
public final class StatementGrouper {

  /** Share of the shorter quote's content words the longer must contain. */
  static final double THRESHOLD = 0.5;

  /** Two quotes sharing one word are no evidence; two are, for a two-word partial quote. */
  static final int MIN_SHARED = 2;

  private StatementGrouper() {}

  /** Statements of every speaker; quotes without a known speaker are left out. */
  public static List<Statement> group(List<QuoteRecord> quotes) {
    Map<String, List<QuoteRecord>> bySpeaker = new LinkedHashMap<>();
    quotes.stream()
        .filter(q -> !q.speaker().isEmpty())
        .sorted(Comparator.comparing(QuoteRecord::iri))
        .forEach(q -> bySpeaker.computeIfAbsent(q.speaker(), k -> new ArrayList<>()).add(q));
    List<Statement> out = new ArrayList<>();
    bySpeaker.forEach((speaker, qs) -> out.addAll(statements(speaker, qs)));
    out.sort(
        Comparator.comparingInt((Statement s) -> -s.versions().size())
            .thenComparing(Statement::speaker)
            .thenComparing(Statement::key));
    return out;
  }

  private static List<Statement> statements(String speaker, List<QuoteRecord> quotes) {
    List<Set<String>> words = quotes.stream().map(q -> Words.contentStems(q.text())).toList();
    int[] parent = new int[quotes.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < quotes.size(); i++) {
      for (int j = i + 1; j < quotes.size(); j++) {
        // Quotes already linked need no comparing: a speaker's many copies of one quote cost a
        // look-up each, not a comparison of their words.
        if (root(parent, i) != root(parent, j)
            && Words.shared(words.get(i), words.get(j)) >= MIN_SHARED
            && Words.overlap(words.get(i), words.get(j)) >= THRESHOLD) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    Map<Integer, List<QuoteRecord>> groups = new LinkedHashMap<>();
    for (int i = 0; i < quotes.size(); i++) {
      groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(quotes.get(i));
    }
    List<Statement> out = new ArrayList<>();
    for (List<QuoteRecord> g : groups.values()) {
      g.sort(
          Comparator.comparingInt((QuoteRecord q) -> -q.text().length())
              .thenComparing(QuoteRecord::iri));
      Set<String> articles = new HashSet<>();
      g.forEach(q -> articles.add(q.article()));
      out.add(new Statement(speaker, g, articles.size()));
    }
    return out;
  }

  /** The root of {@code i}'s tree, halving the path on the way so later look-ups are short. */
  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
