package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

/** Builds seeds/ through the command line once, then checks facts through the canned queries. */
class SeedsEndToEndTest {

  @TempDir static Path dir;
  static Path store;
  static CliRunner.Run firstBuild;

  static CliRunner.Run run(String... args) {
    return CliRunner.run(args);
  }

  static List<Map<String, String>> rows(String query) {
    return CliRunner.rows(store, query);
  }

  static Dataset snapshot() {
    try (GraphStore gs = GraphStore.open(store)) {
      return gs.snapshot();
    }
  }

  @BeforeAll
  static void build() {
    store = dir.resolve("store");
    firstBuild = run("build", "--store", store.toString(), "seeds");
  }

  @Test
  void buildsAllSeeds() {
    assertEquals(ExitCodes.OK, firstBuild.code(), firstBuild.err());
    assertTrue(firstBuild.err().contains("5 added"), firstBuild.err());
    assertEquals(5, rows("articles").size());
  }

  @Test
  void tokayevAndPutinArePeople() {
    List<Map<String, String>> people = rows("people");
    assertTrue(people.stream().anyMatch(r -> r.get("name").contains("Tokayev")), people::toString);
    assertTrue(people.stream().anyMatch(r -> r.get("name").contains("Putin")), people::toString);
    List<Map<String, String>> aliases = rows("aliases");
    assertTrue(aliases.stream().anyMatch(r -> r.get("alias").equals("Vladimir Putin")));
  }

  @Test
  void kazakhstanIsKZ() {
    List<Map<String, String>> countries = rows("countries");
    Map<String, String> kz =
        countries.stream().filter(r -> r.get("code").equals("KZ")).findFirst().orElseThrow();
    assertEquals("Kazakhstan", kz.get("name"));
    assertEquals("5", kz.get("articles"));
    assertTrue(kz.get("country").endsWith("/country/KZ"));
  }

  @Test
  void eachArticleHasItsDate() {
    Map<String, String> dates = new TreeMap<>();
    for (Map<String, String> r : rows("articles")) {
      dates.put(r.get("source").substring(0, 3), r.get("date"));
    }
    assertTrue(dates.get("000").startsWith("2022-09-27"), dates::toString);
    assertEquals("2022-09-27T21:45:00+01:00", dates.get("001"));
    assertTrue(dates.get("002").startsWith("2022-09-27"), dates::toString);
    assertTrue(dates.get("003").startsWith("2022-09-27"), dates::toString);
  }

  @Test
  void everyCannedQueryRuns() throws IOException {
    try (var files = Files.list(Path.of("queries"))) {
      for (Path q : files.toList()) {
        String name = q.getFileName().toString().replace(".rq", "");
        CliRunner.Run r = run("query", "--store", store.toString(), name, "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), name + ": " + r.err());
        assertTrue(r.out().contains("\"vars\""), name);
        assertTrue(Files.readString(q).startsWith("# "), name + " starts with its question");
      }
    }
  }

  @Test
  void buildingAgainChangesNothing() {
    Dataset before = snapshot();
    CliRunner.Run again = run("build", "--store", store.toString(), "seeds");
    assertEquals(ExitCodes.OK, again.code(), again.err());
    assertTrue(again.err().contains("5 unchanged"), again.err());
    assertTrue(IsoMatcher.isomorphic(before.asDatasetGraph(), snapshot().asDatasetGraph()));
  }

  @Test
  void aFreshBuildGivesTheSameGraph() {
    Path other = dir.resolve("other");
    assertEquals(ExitCodes.OK, run("build", "--store", other.toString(), "seeds").code());
    Dataset a = snapshot();
    Dataset b;
    try (GraphStore gs = GraphStore.open(other)) {
      b = gs.snapshot();
    }
    assertTrue(IsoMatcher.isomorphic(a.asDatasetGraph(), b.asDatasetGraph()));
  }

  @Test
  void turtleExportParsesBackToTheUnionGraph() {
    CliRunner.Run r = run("export", "--store", store.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    Graph back = GraphFactory.createDefaultGraph();
    RDFParser.create().source(new StringReader(r.out())).lang(Lang.TURTLE).parse(back);
    Graph union = GraphFactory.createDefaultGraph();
    snapshot().asDatasetGraph().find().forEachRemaining(q -> union.add(q.asTriple()));
    assertTrue(back.size() > 1000, "exported " + back.size() + " triples");
    assertTrue(back.isIsomorphicWith(union));
  }

  @Test
  void theGraphConformsToTheShapes() {
    CliRunner.Run r = run("validate", "--store", store.toString());
    assertEquals(ExitCodes.OK, r.code(), r.out());
    assertTrue(r.out().contains("conforms"));
  }

  @Test
  void aSparqlSyntaxErrorIsOneLineNamingTheInput() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.rq"), "SELEC ?x { ?x ?y ?z }");
    CliRunner.Run r = run("query", "--store", store.toString(), bad.toString());
    assertEquals(ExitCodes.USAGE, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("bad.rq"), r.err());
  }

  @Test
  void anUnknownQueryIsAUsageError() {
    CliRunner.Run r = run("query", "--store", store.toString(), "no-such-query");
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().contains("no-such-query"), r.err());
  }
}
