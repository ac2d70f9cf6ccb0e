package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.Approx;

/** The words before a number that say how it relates to the true value ("nearly", "more than"). */
final class Hedges {

  /** A hedge of {@code length} words ending just before the number. */
  record Hedge(Approx approx, int length) {}

  private static final Map<String, Approx> HEDGES =
      Map.ofEntries(
          Map.entry("nearly", Approx.UNDER),
          Map.entry("almost", Approx.UNDER),
          Map.entry("up to", Approx.UNDER),
          Map.entry("less than", Approx.UNDER),
          Map.entry("fewer than", Approx.UNDER),
          Map.entry("just under", Approx.UNDER),
          Map.entry("below", Approx.UNDER),
          Map.entry("close to", Approx.UNDER),
          Map.entry("as many as", Approx.UNDER),
          Map.entry("no more than", Approx.UNDER),
          Map.entry("not more than", Approx.UNDER),
          Map.entry("over", Approx.OVER),
          Map.entry("more than", Approx.OVER),
          Map.entry("well over", Approx.OVER),
          Map.entry("just over", Approx.OVER),
          Map.entry("at least", Approx.OVER),
          Map.entry("above", Approx.OVER),
          Map.entry("in excess of", Approx.OVER),
          Map.entry("upwards of", Approx.OVER),
          Map.entry("about", Approx.ABOUT),
          Map.entry("around", Approx.ABOUT),
          Map.entry("some", Approx.ABOUT),
          Map.entry("roughly", Approx.ABOUT),
          Map.entry("approximately", Approx.ABOUT),
          Map.entry("approx", Approx.ABOUT),
          Map.entry("circa", Approx.ABOUT),
          Map.entry("estimated", Approx.ABOUT),
          Map.entry("an estimated", Approx.ABOUT));

  /** Hedges as word lists, longest first, so "well over" wins over "over". */
  private static final List<List<String>> BY_LENGTH = byLength();

  private Hedges() {}

  /** The hedge ending just before word {@code end} of a lower-cased sentence, if any. */
  static Optional<Hedge> before(List<String> words, int end) {
    for (List<String> h : BY_LENGTH) {
      int start = end - h.size();
      if (start >= 0 && words.subList(start, end).equals(h)) {
        return Optional.of(new Hedge(HEDGES.get(String.join(" ", h)), h.size()));
      }
    }
    return Optional.empty();
  }

  private static List<List<String>> byLength() {
    List<List<String>> out = new ArrayList<>();
    for (String h : HEDGES.keySet()) {
      out.add(List.of(h.split(" ")));
    }
    out.sort(
        Comparator.<List<String>>comparingInt(List::size)
            .reversed()
            .thenComparing(l -> String.join(" ", l)));
    return List.copyOf(out);
  }
}
