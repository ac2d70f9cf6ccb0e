package org.newsgraph.extract;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Numbers written as words ("three", "two million", "half a million", "a dozen") and vague amounts
 * ("tens of thousands"). ICU's English spell-out rules do the arithmetic of ordinary cardinals; the
 * idioms ICU does not know are handled here. Not thread-safe: ICU formatters keep parse state.
 */
final class NumberWords {

  /** A number read from words {@code [start, end)} of a lower-cased sentence. */
  record Parsed(double value, int end) {}

  private static final Set<String> UNITS =
      Set.of(
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen");
  private static final Set<String> TENS =
      Set.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
  private static final Map<String, Double> SCALES =
      Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);

  /** Scales written after digits: "1.2 million", "3 bn"; "m" only for money ("$40 m" vs "40 m"). */
  private static final Map<String, Double> DIGIT_SCALES =
      Map.of(
          "thousand",
          1e3,
          "million",
          1e6,
          "billion",
          1e9,
          "trillion",
          1e12,
          "bn",
          1e9,
          "mn",
          1e6,
          "tn",
          1e12);

  /** Plural words that state only an order of magnitude: "thousands of", "dozens". */
  private static final Map<String, Double> VAGUE =
      Map.of("dozens", 10.0, "hundreds", 1e2, "thousands", 1e3, "millions", 1e6, "billions", 1e9);

  private static final Set<String> FEW = Set.of("several", "few", "many");

  private final RuleBasedNumberFormat spellout =
      new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);

  /** True for a word that can be part of a spelled-out cardinal ("seventy-five", "million"). */
  static boolean isCardinal(String w) {
    if (UNITS.contains(w) || TENS.contains(w) || SCALES.containsKey(w)) {
      return true;
    }
    int dash = w.indexOf('-');
    return dash > 0 && TENS.contains(w.substring(0, dash)) && UNITS.contains(w.substring(dash + 1));
  }

  /** The multiplier a number word ends with: 1e6 for "million", 1 for "three". */
  static double scaleOf(String w) {
    return SCALES.getOrDefault(w, 1.0);
  }

  /** The multiplier of a scale word after digits; {@code money} admits the ambiguous "m". */
  static OptionalDouble digitScale(String w, boolean money) {
    Double s = DIGIT_SCALES.get(w);
    if (s == null && money && w.equals("m")) {
      s = 1e6;
    }
    return s == null ? OptionalDouble.empty() : OptionalDouble.of(s);
  }

  /** A spelled-out number starting at {@code i}, if there is one. */
  Optional<Parsed> parse(List<String> w, int i) {
    int n = w.size();
    String t = w.get(i);
    if ((t.equals("a") || t.equals("an")) && i + 1 < n) {
      // "a dozen", "a million", "a hundred thousand"
      if (w.get(i + 1).equals("dozen")) {
        return Optional.of(new Parsed(12, i + 2));
      }
      if (SCALES.containsKey(w.get(i + 1))) {
        return Optional.of(scaled(1, w, i + 1));
      }
      return Optional.empty();
    }
    if (t.equals("half") && i + 2 < n && isArticle(w.get(i + 1))) {
      Double s = SCALES.get(w.get(i + 2));
      return s == null || s < 1e3 ? Optional.empty() : Optional.of(new Parsed(0.5 * s, i + 3));
    }
    if (t.endsWith("-and-a-half")) {
      Optional<Double> base = spell(t.substring(0, t.length() - "-and-a-half".length()));
      return base.map(b -> scaled(b + 0.5, w, i + 1));
    }
    if (!isCardinal(t) || SCALES.containsKey(t)) {
      return Optional.empty();
    }
    StringBuilder run = new StringBuilder(t);
    int j = i + 1;
    while (j < n) {
      String x = w.get(j);
      if (isCardinal(x)) {
        // ICU reads "twenty five" as a year ("2005"): join tens and units as in "twenty-five"
        boolean join = TENS.contains(w.get(j - 1)) && UNITS.contains(x);
        run.append(join ? '-' : ' ').append(x);
        j++;
      } else if (x.equals("and")
          && j + 1 < n
          && isCardinal(w.get(j + 1))
          && SCALES.containsKey(w.get(j - 1))) {
        run.append(" and");
        j++;
      } else {
        break;
      }
    }
    Optional<Double> base = spell(run.toString());
    if (base.isEmpty()) {
      return Optional.empty();
    }
    double v = base.get();
    if (j + 3 < n
        && w.get(j).equals("and")
        && isArticle(w.get(j + 1))
        && w.get(j + 2).equals("half")
        && SCALES.containsKey(w.get(j + 3))) {
      return Optional.of(scaled(v + 0.5, w, j + 3));
    }
    if (j < n && w.get(j).equals("dozen")) {
      return Optional.of(new Parsed(v * 12, j + 1));
    }
    return Optional.of(new Parsed(v, j));
  }

  /**
   * A vague amount at {@code i}: "tens of thousands" (10000), "hundreds of thousands" (100000),
   * "thousands", "dozens", "several hundred", "a few thousand".
   */
  Optional<Parsed> vague(List<String> w, int i) {
    int n = w.size();
    String t = w.get(i);
    if ((t.equals("tens") || t.equals("hundreds"))
        && i + 2 < n
        && w.get(i + 1).equals("of")
        && VAGUE.containsKey(w.get(i + 2))
        && VAGUE.get(w.get(i + 2)) >= 1e3) {
      return Optional.of(
          new Parsed((t.equals("tens") ? 10 : 100) * VAGUE.get(w.get(i + 2)), i + 3));
    }
    if (t.equals("tens") && i + 1 < n && w.get(i + 1).equals("of")) {
      return Optional.of(new Parsed(10, i + 1));
    }
    if (VAGUE.containsKey(t)) {
      return Optional.of(new Parsed(VAGUE.get(t), i + 1));
    }
    int j = t.equals("a") && i + 1 < n && w.get(i + 1).equals("few") ? i + 1 : i;
    if (FEW.contains(w.get(j)) && j + 1 < n && SCALES.containsKey(w.get(j + 1))) {
      return Optional.of(new Parsed(SCALES.get(w.get(j + 1)), j + 2));
    }
    return Optional.empty();
  }

  private Parsed scaled(double v, List<String> w, int j) {
    double value = v;
    while (j < w.size() && SCALES.containsKey(w.get(j))) {
      value *= SCALES.get(w.get(j));
      j++;
    }
    return new Parsed(value, j);
  }

  private Optional<Double> spell(String words) {
    ParsePosition pos = new ParsePosition(0);
    Number n = spellout.parse(words, pos);
    if (n == null || pos.getIndex() != words.length()) {
      return Optional.empty();
    }
    return Optional.of(n.doubleValue());
  }

  private static boolean isArticle(String w) {
    return w.equals("a") || w.equals("an");
  }
}
