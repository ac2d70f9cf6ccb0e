package org.newsgraph.analyze;

import java.util.List;

/**
 * Quantity claims from one or more articles about one measured thing: one variable with each
 * source's value.
 *
 * @param label what is measured, in words ("Sudanese crossed into Chad")
 * @param members the claims, most specific first
 * @param minValue the smallest value claimed
 * @param maxValue the largest value claimed (upper bounds of ranges included)
 * @param unit the counted thing as most claims write it
 * @param compatible whether one true value could make every claim right, given their hedges
 * @param reason why they agree or how they conflict, in words
 * @param sources how many articles make a claim in the group
 * @param independentSources how many of those are not copies of one another
 * @param claimants who makes the claims, by name, sorted
 */
public record ClaimGroup(
    String label,
    List<ClaimRecord> members,
    double minValue,
    double maxValue,
    String unit,
    boolean compatible,
    String reason,
    int sources,
    int independentSources,
    List<String> claimants) {

  public ClaimGroup {
    members = List.copyOf(members);
    claimants = List.copyOf(claimants);
  }

  /** A key from the members alone, stable across builds, for minting the group's IRI. */
  public String key() {
    return String.join(" ", members.stream().map(ClaimRecord::iri).sorted().toList());
  }
}
