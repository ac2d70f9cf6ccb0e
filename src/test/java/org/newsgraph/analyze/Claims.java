package org.newsgraph.analyze;

import java.util.List;
import java.util.Optional;

/** Hand-built claims for the analysis tests: one sentence each unless said otherwise. */
final class Claims {

  private static int n;

  /** A claim "{hedge} {value} {unit} {about}" in {@code article}, with the places it names. */
  static ClaimRecord claim(
      String article,
      String approx,
      String hedge,
      double value,
      String unit,
      String about,
      String... places) {
    n++;
    return new ClaimRecord(
        "urn:claim:" + n,
        "urn:article:" + article,
        article,
        "urn:sentence:" + n,
        value,
        Optional.empty(),
        approx,
        false,
        hedge,
        unit,
        "",
        about,
        "",
        "",
        Optional.empty(),
        Optional.empty(),
        Optional.of("2023-06-14"),
        List.of(places).stream().map(p -> new PlaceMention(p, "urn:place:" + p, true)).toList(),
        List.of());
  }

  private Claims() {}
}
