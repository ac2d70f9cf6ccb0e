package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.Models;
import org.newsgraph.annotate.TestDocs;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Stage;
import org.newsgraph.store.GraphStore;

class GraphBuilderTest {

  @TempDir Path dir;

  /** Busy for a while on texts that say SPIN, deaf to interrupts, like a backtracking regex. */
  static final class Spinner implements Stage {
    @Override
    public Set<Layer> requires() {
      return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> provides() {
      return Set.of();
    }

    @Override
    public Document apply(Document doc) {
      long end = System.nanoTime() + Duration.ofSeconds(4).toNanos();
      while (doc.text().contains("SPIN") && System.nanoTime() < end) {
        Thread.onSpinWait();
      }
      return doc;
    }
  }

  @Test
  void anArticleThatOverrunsItsTimeIsSkippedAndTheBatchGoesOn() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "SPIN until stopped.");
    Files.writeString(dir.resolve("b.txt"), "The council met.");
    List<String> events = new CopyOnWriteArrayList<>();
    try (GraphStore store = GraphStore.inMemory()) {
      GraphBuilder.Summary s =
          new GraphBuilder(
                  store,
                  () -> Pipeline.of(List.of(new Spinner())),
                  Duration.ofMillis(500),
                  1,
                  GraphBuilder.DEFAULT_BATCH_ARTICLES)
              .build(List.of(dir), recordingInto(events));
      assertEquals(
          List.of("a.txt: extraction took longer than 500 ms; skipped", "b.txt ADDED"), events);
      assertEquals(1, s.added());
      assertEquals(1, s.rejected());
      // The only worker is stuck in a.txt for seconds: b.txt ran on a thread that replaced it.
      assertTrue(s.millis() < 3_000, s.millis() + " ms");
    }
  }

  @Test
  void severalThreadsStoreAndReportWhatOneThreadDoes() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    List<Path> seeds;
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      seeds = files.sorted().toList();
    }
    for (Path seed : seeds) {
      Files.copy(seed, in.resolve(seed.getFileName()));
    }
    Files.copy(seeds.get(0), in.resolve("zz-copy.txt"));
    Files.writeString(in.resolve("empty.txt"), "");
    List<String> oneThread = new ArrayList<>();
    String oneStore = buildWith(1, oneThread);
    List<String> threeThreads = new ArrayList<>();
    String threeStore = buildWith(3, threeThreads);
    assertEquals(oneThread, threeThreads);
    assertEquals(oneStore, threeStore);
    assertTrue(oneThread.size() > 5, oneThread::toString);
  }

  /** Builds {@code dir/in} twice; returns the sorted N-Quads of the store, logs the events. */
  private String buildWith(int threads, List<String> events) {
    Models models = TestDocs.models();
    try (GraphStore store = GraphStore.inMemory()) {
      GraphBuilder builder =
          new GraphBuilder(
              store,
              () -> Pipeline.create(models),
              GraphBuilder.DEFAULT_ARTICLE_TIMEOUT,
              threads,
              GraphBuilder.DEFAULT_BATCH_ARTICLES);
      for (int round = 0; round < 2; round++) {
        builder.build(List.of(dir.resolve("in")), recordingInto(events));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.export(RDFFormat.NQUADS, out);
      return out.toString(StandardCharsets.UTF_8)
          .lines()
          .sorted()
          .collect(Collectors.joining("\n"));
    }
  }

  @Test
  void articlesAreStoredInWholeBatchesAndACopyInTheSameBatchIsUnchanged() throws IOException {
    int n = GraphBuilder.DEFAULT_BATCH_ARTICLES + 5;
    for (int i = 0; i < n; i++) {
      Files.writeString(dir.resolve(String.format("a%03d.txt", i)), "Report number " + i + ".");
    }
    Files.writeString(dir.resolve("a000-copy.txt"), "Report number 0."); // sorts before a000.txt
    List<String> events = new CopyOnWriteArrayList<>();
    try (GraphStore store = GraphStore.inMemory()) {
      GraphBuilder.Summary s =
          new GraphBuilder(store, () -> Pipeline.of(List.of()))
              .build(List.of(dir), recordingInto(events));
      assertEquals(n, s.added());
      assertEquals(n, store.articleCount());
      assertEquals(1, s.unchanged(), events::toString);
    }
  }

  @Test
  void reportsFollowTheInputWhileArticlesWaitForTheirBatch() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Report one.");
    Files.writeString(dir.resolve("b.txt"), "Report one."); // a's copy: known at once
    Files.writeString(dir.resolve("c.txt"), ""); // rejected as soon as it is read
    Files.writeString(dir.resolve("d.txt"), "Report two.");
    Files.writeString(dir.resolve("e.txt"), "Report three.");
    List<String> events = new CopyOnWriteArrayList<>();
    try (GraphStore store = GraphStore.inMemory()) {
      new GraphBuilder(
              store, () -> Pipeline.of(List.of()), GraphBuilder.DEFAULT_ARTICLE_TIMEOUT, 2, 2)
          .build(List.of(dir), recordingInto(events));
    }
    assertEquals(
        List.of("a.txt ADDED", "b.txt UNCHANGED", "c.txt", "d.txt ADDED", "e.txt ADDED"),
        events.stream().map(e -> e.replaceFirst(":.*", "")).toList(),
        events::toString);
  }

  /** A listener that logs each outcome and rejection as "file outcome" or "file: reason". */
  private static GraphBuilder.Listener recordingInto(List<String> events) {
    return new GraphBuilder.Listener() {
      @Override
      public void article(String source, GraphBuilder.Outcome outcome) {
        events.add(Path.of(source).getFileName() + " " + outcome);
      }

      @Override
      public void rejected(String input, String reason) {
        events.add(Path.of(input).getFileName() + ": " + reason);
      }
    };
  }
}
