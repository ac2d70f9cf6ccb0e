package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve --watch}: a file dropped into the folder shows up in the live server. */
class ServeWatchTest {

  @TempDir Path dir;

  @Test
  void aDroppedFileAppearsAtTheSparqlEndpoint() throws Exception {
    Path watched = Files.createDirectories(dir.resolve("incoming"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io =
        new Io(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    ServeCommand serve = new ServeCommand(io);
    new CommandLine(serve)
        .parseArgs(
            "--store",
            dir.resolve("store").toString(),
            "--port",
            "0",
            "--watch",
            watched.toString());
    try (ServeCommand.Serving serving = serve.start()) {
      String query = "ASK { ?a <https://newsgraph.org/ns#sourceName> \"dropped.txt\" }";
      URI uri =
          URI.create(
              serving.server().url()
                  + "newsgraph/sparql?query="
                  + URLEncoder.encode(query, StandardCharsets.UTF_8));
      assertEquals(false, ask(uri));
      Files.writeString(
          watched.resolve("dropped.txt"),
          "Bridge reopens\n\n4 May 2023\n\nThe Lyon bridge reopened on Thursday, the mayor said.\n");
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      boolean found = false;
      while (!found && System.nanoTime() < deadline) {
        Thread.sleep(250);
        found = ask(uri);
      }
      assertTrue(found, () -> "not ingested: " + err.toString(StandardCharsets.UTF_8));
      // The summary line follows the commit that made the article visible.
      while (!err.toString(StandardCharsets.UTF_8).contains("1 added")
          && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertTrue(err.toString(StandardCharsets.UTF_8).contains("1 added"), err::toString);
    }
  }

  private static boolean ask(URI uri) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri)
                    .header("Accept", "application/sparql-results+json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r::body);
    return r.body().replaceAll("\\s+", "").contains("\"boolean\":true");
  }
}
