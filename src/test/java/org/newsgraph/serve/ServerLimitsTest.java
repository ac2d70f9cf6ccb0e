package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/** A query that runs too long is cancelled, one that returns too much is cut off. */
class ServerLimitsTest {

  static final int TRIPLES = 300;
  static final long MAX_RESULTS = 100;

  static GraphStore store;
  static NewsgraphServer server;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store = GraphStore.inMemory();
    Node g = NodeFactory.createURI("https://newsgraph.org/id/article/many");
    List<Quad> quads = new ArrayList<>();
    for (int i = 0; i < TRIPLES; i++) {
      quads.add(
          Quad.create(
              g,
              NodeFactory.createURI("https://newsgraph.org/id/x/" + i),
              NG.sourceName,
              NodeFactory.createLiteralString("s" + i)));
    }
    store.replaceGraph(g, quads);
    server =
        NewsgraphServer.create()
            .dataset(store.datasetGraph())
            .port(0)
            .timeout(Duration.ofSeconds(1))
            .maxResults(MAX_RESULTS)
            .build()
            .start();
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  static CompletableFuture<HttpResponse<String>> csv(String query) {
    return http.sendAsync(
        HttpRequest.newBuilder(
                URI.create(
                    server.url()
                        + "newsgraph/sparql?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
            .header("Accept", "text/csv")
            .timeout(Duration.ofSeconds(60))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static long rows(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r::body);
    return r.body().lines().count() - 1;
  }

  @Test
  void aCartesianProductIsCancelledWhileOtherQueriesAreAnswered() throws Exception {
    long start = System.nanoTime();
    CompletableFuture<HttpResponse<String>> slow =
        csv("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
    int answered = 0;
    while (!slow.isDone()) {
      long t = System.nanoTime();
      assertEquals(1, rows(csv("SELECT ?s { ?x ?p ?s } LIMIT 1").get()));
      assertTrue(System.nanoTime() - t < 2_000_000_000L, "a small query waited for the big one");
      answered++;
    }
    HttpResponse<String> r = slow.get();
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    assertNotEquals(200, r.statusCode(), r.body());
    assertTrue(seconds < 10, "cancelled only after " + seconds + " s");
    assertTrue(answered > 0, "no other query ran meanwhile");
  }

  @Test
  void resultsAreCutOffAtTheLimitAndASmallerLimitIsKept() throws Exception {
    assertEquals(MAX_RESULTS, rows(csv("SELECT * { ?a ?b ?c . ?d ?e ?f }").get()));
    assertEquals(5, rows(csv("SELECT * { ?a ?b ?c . ?d ?e ?f } LIMIT 5").get()));
    assertEquals(MAX_RESULTS, rows(csv("SELECT * { ?a ?b ?c . ?d ?e ?f } LIMIT 1000000").get()));
  }
}
