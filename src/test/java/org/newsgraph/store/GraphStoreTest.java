package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;

class GraphStoreTest {

  static final Node G1 = NodeFactory.createURI("https://newsgraph.org/id/article/one");
  static final Node G2 = NodeFactory.createURI("https://newsgraph.org/id/article/two");
  static final Node SHARED = NodeFactory.createURI("https://newsgraph.org/id/country/CL");

  static List<Quad> article(Node g, String sha, String label) {
    return List.of(
        Quad.create(g, g, NG.sha256, NodeFactory.createLiteralString(sha)),
        Quad.create(g, g, NG.pipelineVersion, NodeFactory.createLiteralString("1")),
        Quad.create(g, SHARED, NG.isoCode, NodeFactory.createLiteralString("CL")),
        Quad.create(g, g, NG.sourceName, NodeFactory.createLiteralString(label)));
  }

  @Test
  void tellsAbsentUnchangedAndStale() {
    try (GraphStore s = GraphStore.inMemory()) {
      assertEquals(GraphStore.ArticleState.ABSENT, s.state(G1, "aa", "1"));
      s.replaceGraph(G1, article(G1, "aa", "one.txt"));
      assertEquals(GraphStore.ArticleState.UNCHANGED, s.state(G1, "aa", "1"));
      assertEquals(GraphStore.ArticleState.STALE, s.state(G1, "bb", "1"));
      assertEquals(GraphStore.ArticleState.STALE, s.state(G1, "aa", "2"));
    }
  }

  @Test
  void replacingOneArticleLeavesTheOthersAndSharedFactsAlone() {
    try (GraphStore s = GraphStore.inMemory()) {
      s.replaceGraph(G1, article(G1, "aa", "one.txt"));
      s.replaceGraph(G2, article(G2, "cc", "two.txt"));
      s.replaceGraph(G1, article(G1, "bb", "one-v2.txt"));
      DatasetGraph want = DatasetGraphFactory.createTxnMem();
      article(G1, "bb", "one-v2.txt").forEach(want::add);
      article(G2, "cc", "two.txt").forEach(want::add);
      assertTrue(IsoMatcher.isomorphic(want, s.snapshot().asDatasetGraph()));
    }
  }

  @Test
  void queriesSeeTheUnionOfArticleGraphs() {
    try (GraphStore s = GraphStore.inMemory()) {
      s.replaceGraph(G1, article(G1, "aa", "one.txt"));
      s.replaceGraph(G2, article(G2, "cc", "two.txt"));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      s.query(
          QueryFactory.create(
              "SELECT ?src { ?a <" + NG.sourceName.getURI() + "> ?src } ORDER BY ?src"),
          GraphStore.ResultFormat.CSV,
          out);
      assertEquals("src\r\none.txt\r\ntwo.txt\r\n", out.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void turtleExportParsesBackIsomorphic() {
    try (GraphStore s = GraphStore.inMemory()) {
      s.replaceGraph(G1, article(G1, "aa", "one.txt"));
      s.replaceGraph(G2, article(G2, "cc", "two.txt"));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      s.export(RDFFormat.TURTLE_BLOCKS, out);
      Graph back = GraphFactory.createDefaultGraph();
      RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.TURTLE).parse(back);
      Graph union =
          Txn.calculateRead(
              s.datasetGraph(),
              () -> {
                Graph g = GraphFactory.createDefaultGraph();
                s.datasetGraph().getUnionGraph().find().forEachRemaining(g::add);
                return g;
              });
      assertEquals(7, back.size());
      assertTrue(back.isIsomorphicWith(union));
    }
  }

  @Test
  void reopensWhatWasStoredOnDisk(@TempDir Path dir) {
    try (GraphStore s = GraphStore.open(dir.resolve("store"))) {
      s.replaceGraph(G1, article(G1, "aa", "one.txt"));
    }
    try (GraphStore s = GraphStore.open(dir.resolve("store"))) {
      assertEquals(GraphStore.ArticleState.UNCHANGED, s.state(G1, "aa", "1"));
    }
  }

  @Test
  void aNewStoreIsMovedInWholeAndACreationKilledMidwayIsCleanedUp(@TempDir Path dir)
      throws Exception {
    Path folder = dir.resolve("store");
    // What a kill while TDB2 wrote a new database's files leaves: a scratch generation, half made.
    Path halfMade =
        Files.createDirectories(folder.resolve(GraphStore.CREATING).resolve("Data-0001"));
    Files.writeString(halfMade.resolve("nodes.bpt"), "");
    try (GraphStore s = GraphStore.open(folder)) {
      s.replaceGraph(G1, article(G1, "aa", "one.txt"));
    }
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(
          List.of("Data-0001", "tdb.lock"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
    try (GraphStore s = GraphStore.open(folder)) {
      assertEquals(GraphStore.ArticleState.UNCHANGED, s.state(G1, "aa", "1"));
    }
  }

  @Test
  void compactsOnceGrownAndKeepsEveryQuad(@TempDir Path dir) throws Exception {
    Path folder = dir.resolve("store");
    try (GraphStore s = GraphStore.open(folder)) {
      for (int i = 0; i < 50; i++) {
        s.replaceGraph(G1, article(G1, "v" + i, "one.txt"));
        s.replaceGraph(G2, article(G2, "w" + i, "two.txt"));
      }
      DatasetGraph before = DatasetGraphFactory.createTxnMem();
      s.snapshot().asDatasetGraph().find().forEachRemaining(before::add);
      assertFalse(s.compactIfGrown(), "a small store is not worth compacting");
      assertTrue(s.compactIfGrown(0));
      assertTrue(IsoMatcher.isomorphic(before, s.snapshot().asDatasetGraph()));
      try (Stream<Path> files = Files.list(folder)) {
        assertEquals(
            List.of("Data-0002"),
            files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("Data-")).toList());
      }
      assertFalse(s.compactIfGrown(0), "not grown since");
      s.replaceGraph(G1, article(G1, "later", "one.txt"));
      assertEquals(GraphStore.ArticleState.UNCHANGED, s.state(G1, "later", "1"));
    }
    try (GraphStore s = GraphStore.open(folder)) {
      assertEquals(GraphStore.ArticleState.UNCHANGED, s.state(G1, "later", "1"));
    }
  }

  @Test
  void anInMemoryStoreIsNeverCompacted() {
    try (GraphStore s = GraphStore.inMemory()) {
      s.replaceGraph(G1, article(G1, "aa", "one.txt"));
      assertFalse(s.compactIfGrown(0));
    }
  }

  @Test
  void aStoreFolderThatIsAFileIsAClearError(@TempDir Path dir) throws Exception {
    Path file = java.nio.file.Files.writeString(dir.resolve("not-a-folder"), "x");
    StoreException e = assertThrows(StoreException.class, () -> GraphStore.open(file));
    assertTrue(e.getMessage().contains("not-a-folder"), e.getMessage());
  }
}
