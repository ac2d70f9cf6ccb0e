package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/** The server over real HTTP on a free loopback port. */
class NewsgraphServerTest {

  static GraphStore store;
  static NewsgraphServer server;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store = GraphStore.inMemory();
    Node g = NodeFactory.createURI("https://newsgraph.org/id/article/one");
    store.replaceGraph(
        g, List.of(Quad.create(g, g, NG.sourceName, NodeFactory.createLiteralString("one.txt"))));
    server = NewsgraphServer.create().dataset(store.datasetGraph()).port(0).build().start();
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * A fresh client per refused request: the server may close a connection whose request body it did
   * not read, and a pooled connection would then fail the next request.
   */
  static HttpResponse<String> post(String path, String type, String body) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void answersSparqlAsJsonOverTheUnionGraph() throws Exception {
    String q = "SELECT ?s { ?a <" + NG.sourceName.getURI() + "> ?s }";
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        server.url()
                            + "newsgraph/sparql?query="
                            + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r::body);
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").contains("sparql-results+json"),
        () -> r.headers().toString());
    assertTrue(r.body().replaceAll("\\s+", "").contains("\"value\":\"one.txt\""), r.body());
  }

  @Test
  void servesTheUi() throws Exception {
    HttpResponse<String> r = get("");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("Apache Jena Fuseki"), r.body());
    HttpResponse<String> status = get("$/server");
    assertEquals(200, status.statusCode());
    assertTrue(status.body().contains("/newsgraph"), status.body());
  }

  @Test
  void refusesUpdatesUploadsAndAdmin() throws Exception {
    String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
    assertNotEquals(
        200, post("newsgraph/update", "application/sparql-update", update).statusCode());
    assertNotEquals(
        200, post("newsgraph/sparql", "application/sparql-update", update).statusCode());
    assertNotEquals(200, post("newsgraph", "application/sparql-update", update).statusCode());
    assertNotEquals(
        200, post("newsgraph/data", "text/turtle", "<urn:x> <urn:y> <urn:z> .").statusCode());
    assertNotEquals(200, post("$/datasets?dbName=evil&dbType=mem", "text/plain", "").statusCode());
    assertEquals(1L, Iter.count(store.snapshot().asDatasetGraph().find()));
  }

  static HttpResponse<String> send(String method, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Content-Type", "text/turtle")
                .method(method, HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> <urn:z> ."))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void noDatasetCanBeChangedCreatedOrDeletedOverHttp() throws Exception {
    for (String[] request :
        new String[][] {
          {"PUT", "newsgraph/data"},
          {"PUT", "newsgraph/data?graph=urn:g"},
          {"DELETE", "newsgraph/data"},
          {"DELETE", "newsgraph/data?graph=https://newsgraph.org/id/article/one"},
          {"POST", "newsgraph/data?graph=urn:g"},
          {"POST", "newsgraph/upload"},
          {"POST", "$/datasets"},
          {"DELETE", "$/datasets/newsgraph"},
          {"POST", "$/compact/newsgraph"},
          {"POST", "$/backup/newsgraph"},
          {"POST", "$/reload"},
          {"POST", "$/sleep"}
        }) {
      HttpResponse<String> r = send(request[0], request[1]);
      assertTrue(
          r.statusCode() >= 400, () -> request[0] + " " + request[1] + " -> " + r.statusCode());
    }
    assertEquals(1L, Iter.count(store.snapshot().asDatasetGraph().find()));
    assertEquals(200, get("newsgraph/data").statusCode());
  }

  @Test
  void errorBodiesHoldNoStackTracesOrPaths() throws Exception {
    HttpResponse<String> syntax =
        get("newsgraph/sparql?query=" + URLEncoder.encode("SELECT ?x {", StandardCharsets.UTF_8));
    assertEquals(400, syntax.statusCode());
    HttpResponse<String> missing = get("no/such/page");
    assertEquals(404, missing.statusCode());
    for (HttpResponse<String> r : List.of(syntax, missing)) {
      for (String leak : List.of("Exception", "\tat ", ".java:", "/tmp/", "/home/", "/work/")) {
        assertFalse(r.body().contains(leak), () -> leak + " in " + r.body());
      }
    }
  }

  @Test
  void bindsLoopbackByDefault() {
    assertTrue(NewsgraphServer.isLoopback("127.0.0.1"));
    assertTrue(server.url().startsWith("http://127.0.0.1:"));
  }
}
