package org.newsgraph.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.analyze.Claims.claim;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A flood reported four ways: the death toll, evacuations and a copy. */
class ClaimGrouperTest {

  private static final Function<String, String> NO_COPIES = a -> a;

  private static String render(ClaimGroup g) {
    return g.members().stream().map(ClaimRecord::render).sorted().toList()
        + " "
        + g.sources()
        + "/"
        + g.independentSources();
  }

  @Test
  void deathTollWordedDifferentlyIsOneVariable() {
    List<ClaimGroup> groups =
        ClaimGrouper.group(
            List.of(
                claim("a", "under", "nearly", 40, "people", "died in the floods", "Moravia"),
                claim("b", "exact", "", 38, "people", "killed", "Moravia"),
                claim("c", "over", "at least", 38, "", "dead in Moravia", "Moravia"),
                claim("c", "about", "about", 3_000, "residents", "evacuated", "Moravia")),
            NO_COPIES);
    assertEquals(2, groups.size(), groups::toString);
    ClaimGroup toll = groups.get(0);
    assertEquals("[38 people, at least 38, nearly 40 people] 3/3", render(toll));
    assertTrue(toll.compatible(), toll.reason());
    assertEquals("compatible: every claim allows 38", toll.reason());
  }

  @Test
  void conflictNamesTheTwoClaimsAndTheirDates() {
    ClaimGroup g =
        ClaimGrouper.group(
                List.of(
                    claim("a", "under", "nearly", 40, "people", "died", "Moravia"),
                    claim("b", "over", "more than", 60, "people", "died", "Moravia")),
                NO_COPIES)
            .get(0);
    assertFalse(g.compatible());
    assertEquals(
        "conflict: \"more than 60 people\" (b) means at least 60, but \"nearly 40 people\" (a)"
            + " means at most 40",
        g.reason());
  }

  @Test
  void directionPlaceAndMagnitudeSeparateVariables() {
    List<ClaimGroup> groups =
        ClaimGrouper.group(
            List.of(
                claim("a", "exact", "", 5_000, "people", "fled into Chad", "Chad"),
                claim("b", "exact", "", 5_000, "people", "left Chad", "Chad"),
                claim("c", "exact", "", 5_000, "people", "fled into Niger", "Niger"),
                claim("d", "exact", "", 500_000, "people", "arrived in Chad", "Chad")),
            NO_COPIES);
    assertEquals(4, groups.size(), groups::toString);
  }

  @Test
  void copiesCountOnceAsIndependentSources() {
    ClaimGroup g =
        ClaimGrouper.group(
                List.of(
                    claim("a", "exact", "", 120, "people", "died", "Peru"),
                    claim("a2", "exact", "", 120, "people", "died", "Peru"),
                    claim("b", "about", "about", 120, "people", "died", "Peru")),
                a -> a.equals("urn:article:a2") ? "urn:article:a" : a)
            .get(0);
    assertEquals(3, g.sources());
    assertEquals(2, g.independentSources());
  }
}
