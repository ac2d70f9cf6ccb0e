package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
          new GraphBuilder(store, () -> Pipeline.of(List.of(new Spinner())), Duration.ofMillis(500))
              .build(
                  List.of(dir),
                  new GraphBuilder.Listener() {
                    @Override
                    public void article(String source, GraphBuilder.Outcome outcome) {
                      events.add(source + " " + outcome);
                    }

                    @Override
                    public void rejected(String input, String reason) {
                      events.add(input + ": " + reason);
                    }
                  });
      assertEquals(
          List.of("a.txt: extraction took longer than 500 ms; skipped", "b.txt ADDED"), events);
      assertEquals(1, s.added());
      assertEquals(1, s.rejected());
    }
  }

  @Test
  void articlesAreStoredInWholeBatchesAndACopyInTheSameBatchIsUnchanged() throws IOException {
    int n = GraphBuilder.BATCH_ARTICLES + 5;
    for (int i = 0; i < n; i++) {
      Files.writeString(dir.resolve(String.format("a%03d.txt", i)), "Report number " + i + ".");
    }
    Files.writeString(dir.resolve("a000-copy.txt"), "Report number 0."); // sorts before a000.txt
    List<String> events = new CopyOnWriteArrayList<>();
    try (GraphStore store = GraphStore.inMemory()) {
      GraphBuilder.Summary s =
          new GraphBuilder(store, () -> Pipeline.of(List.of()))
              .build(
                  List.of(dir),
                  new GraphBuilder.Listener() {
                    @Override
                    public void article(String source, GraphBuilder.Outcome outcome) {
                      events.add(source + " " + outcome);
                    }

                    @Override
                    public void rejected(String input, String reason) {
                      events.add(input + ": " + reason);
                    }
                  });
      assertEquals(n, s.added());
      assertEquals(n, store.articleCount());
      assertEquals(1, s.unchanged(), events::toString);
    }
  }
}
