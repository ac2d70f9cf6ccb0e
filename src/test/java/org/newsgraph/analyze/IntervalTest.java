package org.newsgraph.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.analyze.Claims.claim;

import org.junit.jupiter.api.Test;

class IntervalTest {

  @Test
  void eachHedgeAllowsItsInterval() {
    assertEquals(
        new Interval(97_500, 98_500), Interval.of(claim("a", "exact", "", 98_000, "", "")));
    assertEquals(
        new Interval(85_000, 100_000), Interval.of(claim("a", "under", "nearly", 100_000, "", "")));
    assertEquals(new Interval(60, 90), Interval.of(claim("a", "over", "more than", 60, "", "")));
    Interval about = Interval.of(claim("a", "about", "around", 3_000, "", ""));
    assertEquals(2_700, about.low(), 1e-9);
    assertEquals(3_300, about.high(), 1e-9);
  }

  @Test
  void onlyRoundNumbersAreRounded() {
    assertEquals(500, Interval.rounding(98_000));
    assertEquals(50, Interval.rounding(5_500));
    assertEquals(0, Interval.rounding(98_214));
    assertEquals(0, Interval.rounding(40));
  }
}
