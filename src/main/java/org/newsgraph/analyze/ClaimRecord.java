package org.newsgraph.analyze;

import java.util.List;
import java.util.Optional;

/**
 * A quantity claim as the graph states it, with the context grouping needs.
 *
 * @param iri the claim node
 * @param article the article IRI
 * @param source the article's source name, for readable reasons
 * @param sentence the sentence node: one sentence never states one variable twice
 * @param value the number (lower bound of a range)
 * @param upper the upper bound of a range
 * @param approx the hedge class: exact, about, under or over
 * @param vague an order of magnitude only ("tens of thousands")
 * @param hedge the hedge as written ("nearly"), or empty
 * @param unit the counted thing as written ("Sudanese refugees"), or empty
 * @param per the rate ("day"), or empty
 * @param about what the claim says about the counted thing ("crossed into Chad"), or empty
 * @param after the sentence text after the number, for claims whose {@code about} is empty
 * @param claimant who makes the claim, as a name, or empty
 * @param since start of the time span the number covers (ISO date)
 * @param until end of that time span
 * @param published the article's date (ISO date)
 * @param places countries and places named in the sentence
 * @param context countries and places named in the sentences just before, nearest first: where a
 *     sentence names no place, the text around it has set the scene
 */
public record ClaimRecord(
    String iri,
    String article,
    String source,
    String sentence,
    double value,
    Optional<Double> upper,
    String approx,
    boolean vague,
    String hedge,
    String unit,
    String per,
    String about,
    String after,
    String claimant,
    Optional<String> since,
    Optional<String> until,
    Optional<String> published,
    List<PlaceMention> places,
    List<PlaceMention> context) {

  public ClaimRecord {
    places = List.copyOf(places);
    context = List.copyOf(context);
  }

  /** The largest value claimed: the upper bound of a range, else the value. */
  public double top() {
    return upper.orElse(value);
  }

  /** The claim as written, for reasons: "nearly 20,000 refugees", "300–400 per day". */
  public String render() {
    String number = Numbers.format(value) + upper.map(u -> "–" + Numbers.format(u)).orElse("");
    String text = (hedge.isBlank() ? "" : hedge.toLowerCase(java.util.Locale.ROOT) + " ") + number;
    text += unit.isBlank() ? "" : " " + unit;
    return text + (per.isBlank() ? "" : " per " + per);
  }

  /** The date the number is for: its time span, else the article's date; empty if neither. */
  public String when() {
    if (since.isPresent() && until.isPresent() && !since.equals(until)) {
      return since.get() + "/" + until.get();
    }
    return until.or(() -> since).or(() -> published).orElse("");
  }
}
