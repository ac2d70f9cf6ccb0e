package org.newsgraph.model;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A number the article states: a count, amount, sum, percentage, distance or rate.
 *
 * @param span the number phrase as written, hedge included ("nearly 20,000")
 * @param sentence index of its sentence
 * @param value the number (the lower bound of a range); for vague amounts ("tens of thousands") the
 *     order of magnitude's power of ten (10000)
 * @param upper the upper bound of a range ("5,000-6,000")
 * @param approx hedge class
 * @param hedge the hedge as written ("nearly", "more than"), empty if none
 * @param unit the counted thing or unit ("Brazilians", "vehicles", "%", "km", "US$")
 * @param per the rate's time unit ("day", "week"), empty if not a rate
 * @param about what it is about, as written ("entered Poland"), empty if unknown
 * @param claimant the mention of who claims it ("according to the Interior Ministry")
 * @param claimantText the claimant as written when no mention covers it ("Polish officials")
 * @param since start of the time span it covers, ISO 8601 date
 * @param until end of the time span it covers, ISO 8601 date
 * @param vague true for "tens of thousands", "hundreds of thousands": never an exact number
 */
public record Quantity(
    CharSpan span,
    int sentence,
    double value,
    OptionalDouble upper,
    Approx approx,
    String hedge,
    String unit,
    String per,
    String about,
    Optional<CharSpan> claimant,
    String claimantText,
    Optional<String> since,
    Optional<String> until,
    boolean vague) {

  /** A compact rendering for tests: {@code [4,18) about 20000 Brazilians /day}. */
  public String render() {
    StringBuilder b = new StringBuilder();
    b.append(span).append(' ').append(approx.label()).append(' ').append(fmt(value));
    upper.ifPresent(u -> b.append('-').append(fmt(u)));
    if (vague) {
      b.append(" vague");
    }
    if (!unit.isEmpty()) {
      b.append(' ').append(unit);
    }
    if (!per.isEmpty()) {
      b.append(" /").append(per);
    }
    return b.toString();
  }

  private static String fmt(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
