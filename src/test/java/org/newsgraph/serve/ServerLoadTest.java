package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.GraphBuilder;
import org.newsgraph.Pipeline;
import org.newsgraph.annotate.Models;
import org.newsgraph.store.GraphStore;

/**
 * Fifty clients run the canned queries against a server on 127.0.0.1 for a bounded time: no errors.
 * {@code -Dnewsgraph.load.seconds=60} runs longer; throughput and p99 latency are written to {@code
 * target/load-test.txt}.
 */
class ServerLoadTest {

  static final int CLIENTS = 50;
  static final int SECONDS = Integer.getInteger("newsgraph.load.seconds", 10);

  @Test
  void fiftyClientsRunTheCannedQueriesWithoutErrors() throws Exception {
    List<String> queries = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("queries"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
        queries.add(Files.readString(f));
      }
    }
    try (GraphStore store = GraphStore.inMemory()) {
      Models models = Models.load();
      GraphBuilder.Summary built =
          new GraphBuilder(store, () -> Pipeline.create(models))
              .build(List.of(Path.of("seeds")), new FailOnReject());
      assertEquals(5, built.added());
      NewsgraphServer server =
          NewsgraphServer.create().dataset(store.datasetGraph()).port(0).build().start();
      try {
        run(server.url(), queries);
      } finally {
        server.close();
      }
    }
  }

  private static void run(String base, List<String> queries) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    Map<String, Integer> errors = new ConcurrentHashMap<>();
    long end = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int first = c;
      clients.add(
          pool.submit(
              () -> {
                for (int i = first; System.nanoTime() < end; i++) {
                  String q = queries.get(i % queries.size());
                  long t = System.nanoTime();
                  String outcome = ask(http, base, q);
                  latencies.add(System.nanoTime() - t);
                  if (outcome != null) {
                    errors.merge(outcome, 1, Integer::sum);
                  }
                }
              }));
    }
    for (Future<?> f : clients) {
      f.get();
    }
    pool.shutdown();
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    double p99 = sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6;
    String report =
        String.format(
            "%d clients, %d s: %d queries, %.1f queries/s, p50 %.1f ms, p99 %.1f ms, %d errors%n",
            CLIENTS,
            SECONDS,
            sorted.size(),
            sorted.size() / (double) SECONDS,
            sorted.get(sorted.size() / 2) / 1e6,
            p99,
            errors.values().stream().mapToInt(Integer::intValue).sum());
    Files.writeString(Path.of("target", "load-test.txt"), report);
    assertEquals(Map.of(), errors, report);
    assertTrue(sorted.size() >= CLIENTS, report);
  }

  /** Null when the query was answered, else what went wrong. */
  private static String ask(HttpClient http, String base, String query) {
    HttpRequest req =
        HttpRequest.newBuilder(
                URI.create(
                    base
                        + "newsgraph/sparql?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
            .header("Accept", "application/sparql-results+json")
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    try {
      int status = http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode();
      return status == 200 ? null : "HTTP " + status;
    } catch (IOException e) {
      return e.getClass().getSimpleName();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  private static final class FailOnReject implements GraphBuilder.Listener {
    @Override
    public void article(String source, GraphBuilder.Outcome outcome) {}

    @Override
    public void rejected(String input, String reason) {
      throw new AssertionError(input + ": " + reason);
    }
  }
}
