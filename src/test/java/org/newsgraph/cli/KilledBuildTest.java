package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.NIF;
import org.newsgraph.store.GraphStore;

/**
 * {@code kill -9} during a build: the store opens, holds whole articles only, and the next build
 * completes it to exactly the graph a clean build gives.
 */
class KilledBuildTest {

  static final int ARTICLES = 200;

  /**
   * Seconds after start at which successive builds are killed, each resuming the one before, until
   * two kills have fallen between the first and the last article (models take seconds to load).
   */
  static final int[] KILL_AFTER = {1, 3, 6, 8, 10, 12, 15};

  @TempDir Path dir;

  @Test
  void killedBuildsLeaveWholeArticlesAndTheNextBuildCompletesThem() throws Exception {
    Path corpus = dir.resolve("corpus");
    Corpus.write(corpus, ARTICLES, 42);
    Dataset clean = build(dir.resolve("clean"), corpus);
    Map<Node, Long> sentences = sentencesPerArticle(clean.asDatasetGraph());
    assertEquals(ARTICLES, sentences.size());

    Path store = dir.resolve("store");
    List<String> log = new ArrayList<>();
    int killedMidway = 0;
    for (int seconds : KILL_AFTER) {
      try (ChildJvm child =
          ChildJvm.start(
              dir, "build", "--batch", "32", "--store", store.toString(), corpus.toString())) {
        boolean finished = waitOrKill(child, seconds);
        long stored = checkWholeArticles(store, sentences);
        log.add(
            seconds + " s: " + (finished ? "finished" : "killed") + ", " + stored + " articles");
        if (!finished && stored > 0 && stored < ARTICLES) {
          killedMidway++;
        }
        if (finished || killedMidway == 2) {
          break;
        }
      }
    }
    assertTrue(killedMidway > 0, "no kill fell between the first and the last article: " + log);

    Dataset resumed = build(store, corpus);
    assertTrue(
        IsoMatcher.isomorphic(clean.asDatasetGraph(), resumed.asDatasetGraph()),
        "resumed build differs from a clean one; kills: " + log);

    // A kill after the last article but before resolution: a build that changes nothing repairs it.
    try (GraphStore gs = GraphStore.open(store)) {
      gs.replaceGraph(Iris.RESOLUTION_GRAPH, List.of());
    }
    assertTrue(
        IsoMatcher.isomorphic(clean.asDatasetGraph(), build(store, corpus).asDatasetGraph()));
  }

  /** Builds in this JVM, to completion; returns a copy of the store. */
  private static Dataset build(Path store, Path corpus) {
    CliRunner.Run r = CliRunner.run("build", "--store", store.toString(), corpus.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    try (GraphStore gs = GraphStore.open(store)) {
      return gs.snapshot();
    }
  }

  /** Whether the child finished by itself within {@code seconds}; kills it otherwise. */
  private static boolean waitOrKill(ChildJvm child, int seconds) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    while (System.nanoTime() < deadline) {
      if (!child.isAlive()) {
        assertEquals(ExitCodes.OK, child.await(Duration.ZERO), child.stderr());
        return true;
      }
      Thread.sleep(50);
    }
    child.kill();
    return false;
  }

  /**
   * Opens the store after a kill and checks every article graph in it is whole: it has its content
   * hash and pipeline version, and as many sentences as the clean build of that article.
   */
  private static long checkWholeArticles(Path store, Map<Node, Long> clean) {
    try (GraphStore gs = GraphStore.open(store)) {
      DatasetGraph dsg = gs.snapshot().asDatasetGraph();
      Map<Node, Long> stored = sentencesPerArticle(dsg);
      stored.forEach(
          (g, count) -> {
            assertTrue(dsg.contains(g, g, NG.sha256, Node.ANY), g + " has no sha256");
            assertTrue(dsg.contains(g, g, NG.pipelineVersion, Node.ANY), g + " has no version");
            assertEquals(clean.get(g), count, g + ": sentences");
          });
      return stored.size();
    }
  }

  /** Article graph → number of sentences; article graphs are those named with an article IRI. */
  private static Map<Node, Long> sentencesPerArticle(DatasetGraph dsg) {
    Map<Node, Long> out = new HashMap<>();
    dsg.listGraphNodes()
        .forEachRemaining(
            g -> {
              if (g.getURI().startsWith(Iris.BASE + "article/")) {
                out.put(g, dsg.stream(g, Node.ANY, RDF.Nodes.type, NIF.Sentence).count());
              }
            });
    return out;
  }
}
