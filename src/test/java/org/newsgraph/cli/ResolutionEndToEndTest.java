package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** People named differently in different articles become one person, with the evidence stored. */
class ResolutionEndToEndTest {

  @TempDir Path dir;

  @Test
  void spellingsAndSurnamesAcrossArticlesAreOnePersonWithEvidence() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("a.txt"),
        "Oil Talks Resume\n\n2 March 2011\n\nLibyan leader Muammar Gaddafi met envoys in Tripoli"
            + " on Tuesday, officials said. Gaddafi said the talks would continue.\n");
    Files.writeString(
        in.resolve("b.txt"),
        "Envoys Leave Tripoli\n\n3 March 2011\n\nThe envoys left after meeting Moammar Qadhafi,"
            + " the Libyan leader, in the capital on Wednesday, diplomats said.\n");
    Files.writeString(
        in.resolve("c.txt"),
        "Ports Reopen\n\n4 March 2011\n\nQadhafi ordered the ports reopened on Thursday, state"
            + " television reported.\n");
    Path store = dir.resolve("store");
    CliRunner.Run build = CliRunner.run("build", "--store", store.toString(), in.toString());
    assertEquals(ExitCodes.OK, build.code(), build.err());

    List<Map<String, String>> people = CliRunner.rows(store, "people");
    List<String> persons =
        people.stream().map(r -> r.get("person")).distinct().collect(Collectors.toList());
    assertEquals(1, persons.size(), people::toString);
    assertTrue(people.stream().allMatch(r -> r.get("articles").equals("3")), people::toString);

    List<Map<String, String>> aliases = CliRunner.rows(store, "aliases");
    assertTrue(
        aliases.stream()
            .map(r -> r.get("alias"))
            .toList()
            .containsAll(List.of("Muammar Gaddafi", "Moammar Qadhafi", "Qadhafi")),
        aliases::toString);

    Path q =
        Files.writeString(
            dir.resolve("merges.rq"),
            "PREFIX ng: <https://newsgraph.org/ns#> SELECT ?method ?evidence"
                + " { ?m a ng:Merge ; ng:method ?method ; ng:evidence ?evidence } ORDER BY ?method");
    List<Map<String, String>> merges = CliRunner.rows(store, q.toString());
    assertEquals(2, merges.size(), merges::toString);
    assertTrue(
        merges.stream().anyMatch(m -> m.get("method").equals("double-metaphone")),
        merges::toString);
    assertTrue(
        merges.stream().allMatch(m -> m.get("evidence").contains("surname match")),
        merges::toString);

    // What the people list shows is derived once into the resolution graph: the person's listing
    // and each node's least name.
    Path listing =
        Files.writeString(
            dir.resolve("listing.rq"),
            "PREFIX ng: <https://newsgraph.org/ns#> SELECT ?p ?name ?n"
                + " { GRAPH <https://newsgraph.org/graph/resolution>"
                + " { ?p ng:listedName ?name ; ng:articleCount ?n } }");
    List<Map<String, String>> listed = CliRunner.rows(store, listing.toString());
    assertEquals(1, listed.size(), listed::toString);
    assertEquals(persons.get(0), listed.get(0).get("p"));
    assertEquals("3", listed.get(0).get("n"));
    assertEquals(people.get(0).get("name"), listed.get(0).get("name"));
    Path least =
        Files.writeString(
            dir.resolve("least.rq"),
            "PREFIX ng: <https://newsgraph.org/ns#> PREFIX schema: <https://schema.org/>"
                + " SELECT ?name { GRAPH <https://newsgraph.org/graph/resolution>"
                + " { ?p ng:leastName ?name } ?p a schema:Person } ORDER BY ?name");
    assertEquals(
        List.of("Moammar Qadhafi", "Muammar Gaddafi", "Qadhafi"),
        CliRunner.rows(store, least.toString()).stream().map(r -> r.get("name")).toList());
  }
}
