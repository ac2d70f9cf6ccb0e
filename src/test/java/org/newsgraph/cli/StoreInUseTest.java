package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store held by a running server: build fails at once with one line saying what to do. */
class StoreInUseTest {

  @TempDir Path dir;

  @Test
  void buildOnAStoreServedByAnotherProcessFailsFastWithAClearMessage() throws Exception {
    Path store = dir.resolve("store");
    Path article = Files.writeString(dir.resolve("a.txt"), "The council met on Monday.\n");
    try (ChildJvm server =
        ChildJvm.start(dir, "serve", "--store", store.toString(), "--port", "0")) {
      server.awaitOutput("serving http://127.0.0.1:", Duration.ofSeconds(60));
      long start = System.nanoTime();
      CliRunner.Run r = CliRunner.run("build", "--store", store.toString(), article.toString());
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertEquals(ExitCodes.CONFIG, r.code(), r.err());
      assertEquals(
          "newsgraph: store "
              + store
              + " is in use by another process (a running `newsgraph serve`?): stop it, or use"
              + " `newsgraph serve --watch DIR` to ingest into the live server\n",
          r.err());
      assertEquals(true, millis < 10_000, "took " + millis + " ms");
    }
  }
}
