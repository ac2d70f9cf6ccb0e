package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatchTest {

  @TempDir Path dir;

  @Test
  void aFileIsHandedOverOnceWhenItHasStoppedGrowingAndAgainWhenItChanges() throws Exception {
    List<String> handed = new CopyOnWriteArrayList<>();
    List<String> errors = new CopyOnWriteArrayList<>();
    Path file = dir.resolve("a.txt");
    try (FolderWatch w =
        FolderWatch.start(
            dir,
            Duration.ofMillis(200),
            files -> files.forEach(f -> handed.add(f.getFileName() + " " + size(f))),
            errors::add)) {
      Files.writeString(dir.resolve("notes.pdf"), "not an article");
      for (int i = 0; i < 20; i++) {
        Files.writeString(
            file, "line " + i + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Thread.sleep(50);
      }
      long size = Files.size(file);
      awaitSize(handed, 1);
      assertEquals(List.of("a.txt " + size), handed);
      Files.writeString(file, "rewritten\n");
      awaitSize(handed, 2);
      assertEquals(List.of("a.txt " + size, "a.txt 10"), handed);
    }
    assertEquals(List.of(), errors);
  }

  private static long size(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void awaitSize(List<String> list, int n) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (list.size() < n && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    Thread.sleep(600);
  }
}
