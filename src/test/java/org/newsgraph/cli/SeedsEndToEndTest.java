package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
  static Run firstBuild;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Rows of a canned query as maps from column to value. */
  static List<Map<String, String>> rows(String query) {
    Run r = run("query", "--store", store.toString(), query, "--format", "csv");
    assertEquals(ExitCodes.OK, r.code(), r.err());
    List<String> lines = new ArrayList<>(Arrays.asList(r.out().split("\r\n")));
    String[] header = lines.remove(0).split(",");
    List<Map<String, String>> out = new ArrayList<>();
    for (String line : lines) {
      String[] cells = parseCsvLine(line);
      Map<String, String> row = new TreeMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], i < cells.length ? cells[i] : "");
      }
      out.add(row);
    }
    return out;
  }

  static String[] parseCsvLine(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cur.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    cells.add(cur.toString());
    return cells.toArray(String[]::new);
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
        Run r = run("query", "--store", store.toString(), name, "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), name + ": " + r.err());
        assertTrue(r.out().contains("\"vars\""), name);
        assertTrue(Files.readString(q).startsWith("# "), name + " starts with its question");
      }
    }
  }

  @Test
  void buildingAgainChangesNothing() {
    Dataset before = snapshot();
    Run again = run("build", "--store", store.toString(), "seeds");
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
    Run r = run("export", "--store", store.toString());
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
    Run r = run("validate", "--store", store.toString());
    assertEquals(ExitCodes.OK, r.code(), r.out());
    assertTrue(r.out().contains("conforms"));
  }

  @Test
  void aSparqlSyntaxErrorIsOneLineNamingTheInput() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.rq"), "SELEC ?x { ?x ?y ?z }");
    Run r = run("query", "--store", store.toString(), bad.toString());
    assertEquals(ExitCodes.USAGE, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("bad.rq"), r.err());
  }

  @Test
  void anUnknownQueryIsAUsageError() {
    Run r = run("query", "--store", store.toString(), "no-such-query");
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().contains("no-such-query"), r.err());
  }
}
