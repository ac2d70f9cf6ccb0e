package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds seeds/ and our own flood reports (src/test/resources/crosssource/) through the command
 * line, then checks what the sources say together through the canned queries.
 */
class CrossSourceEndToEndTest {

  @TempDir static Path dir;
  static Path seeds;
  static Path floods;

  @BeforeAll
  static void build() {
    seeds = dir.resolve("seeds");
    floods = dir.resolve("floods");
    assertEquals(ExitCodes.OK, CliRunner.run("build", "--store", seeds.toString(), "seeds").code());
    CliRunner.Run f =
        CliRunner.run("build", "--store", floods.toString(), "src/test/resources/crosssource");
    assertEquals(ExitCodes.OK, f.code(), f.err());
  }

  private static Map<String, String> first(
      List<Map<String, String>> rows, String column, String part) {
    return rows.stream()
        .filter(r -> r.get(column).contains(part))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + part + " in " + rows));
  }

  @Test
  void kazakhstanArrivalsAreCorroboratedByAtLeastThreeIndependentSources() {
    Map<String, String> kz = first(CliRunner.rows(seeds, "corroboration"), "about", "Kazakhstan");
    assertEquals("98000.0", kz.get("minValue"));
    assertEquals("100000.0", kz.get("maxValue"));
    assertTrue(Integer.parseInt(kz.get("independentSources")) >= 3, kz::toString);
    assertTrue(
        Integer.parseInt(kz.get("sources")) > Integer.parseInt(kz.get("independentSources")),
        "the copy is counted once: " + kz);
    assertEquals("Interfax, Interior Ministry", kz.get("claimants"));
    assertTrue(
        CliRunner.rows(seeds, "conflicts").stream()
            .noneMatch(r -> r.get("about").contains("Kazakhstan")));
  }

  @Test
  void theSamePublishersTwoReportsAreCopies() {
    List<Map<String, String>> d = CliRunner.rows(seeds, "duplicates");
    assertEquals(1, d.size(), d::toString);
    assertEquals(
        List.of("000_abea3c047325cf60.txt", "001_2c40a96695308540.txt"),
        List.of(d.get(0).get("article"), d.get(0).get("copyOf")).stream().sorted().toList());
  }

  @Test
  void thePresidentsStatementHasAtLeastThreeVersions() {
    Map<String, String> s = CliRunner.rows(seeds, "statements").get(0);
    assertEquals("Kassym-Jomart Tokayev", s.get("speaker"));
    assertTrue(Integer.parseInt(s.get("versions")) >= 3, s::toString);
    assertTrue(Integer.parseInt(s.get("sources")) >= 3, s::toString);
  }

  @Test
  void theTimelineHasTheMobilisationOnItsDay() {
    Map<String, String> m = first(CliRunner.rows(seeds, "timeline"), "label", "mobiliz");
    assertEquals("2022-09-21", m.get("date"));
    assertTrue(Integer.parseInt(m.get("sources")) >= 3, m::toString);
  }

  @Test
  void floodDeathTollIsOneVariableWhoseSourcesConflict() {
    Map<String, String> toll = first(CliRunner.rows(floods, "corroboration"), "about", "died");
    assertEquals("38.0", toll.get("minValue"));
    assertEquals("60.0", toll.get("maxValue"));
    assertEquals("4", toll.get("sources"));
    assertEquals("3", toll.get("independentSources"));
    Map<String, String> conflict = first(CliRunner.rows(floods, "conflicts"), "about", "died");
    assertTrue(conflict.get("reason").contains("more than 60"), conflict::toString);
    Map<String, String> evacuated =
        first(CliRunner.rows(floods, "corroboration"), "about", "evacuated");
    assertEquals("3", evacuated.get("independentSources"));
  }

  @Test
  void floodCopiesStatementAndTimeline() {
    List<Map<String, String>> d = CliRunner.rows(floods, "duplicates");
    assertEquals(
        List.of(Map.of("article", "2_valley_post_syndicated.txt", "copyOf", "1_valley_post.txt")),
        d);
    Map<String, String> s = CliRunner.rows(floods, "statements").get(0);
    assertEquals("Petra Novakova", s.get("speaker"));
    assertEquals("4", s.get("versions"));
    assertTrue(
        CliRunner.rows(floods, "timeline").stream()
            .anyMatch(r -> r.get("label").contains("emergency aid")));
  }

  @Test
  void reportRendersTheStoryAsOneSelfContainedPage() throws IOException {
    Path file = dir.resolve("story.html");
    CliRunner.Run r = CliRunner.run("report", "--store", seeds.toString(), "-o", file.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    String html = Files.readString(file);
    for (String fact :
        List.of(
            "<h1>Story summary</h1>",
            "Russians fled into Kazakhstan",
            "98,000–100,000",
            "4 independent",
            "Kassym-Jomart Tokayev",
            "President of Kazakhstan",
            "2022-09-21",
            "<svg class=\"timeline\"",
            "<svg class=\"chart\"",
            "<blockquote class=\"sentence\">")) {
      assertTrue(html.contains(fact), "report lacks " + fact);
    }
    assertFalse(html.contains("<script") || html.contains("<link") || html.contains("src=\"http"));
  }

  @Test
  void analysisGraphConformsToTheShapes() {
    CliRunner.Run v = CliRunner.run("validate", "--store", seeds.toString());
    assertEquals(ExitCodes.OK, v.code(), v.out() + v.err());
  }
}
