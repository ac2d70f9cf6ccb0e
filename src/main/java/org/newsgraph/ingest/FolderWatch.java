package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.newsgraph.model.RawArticle;

/**
 * Polls a folder and hands over the article files that are new or changed since they were last
 * handed over, once they are complete: a file is ready when its size and modification time are the
 * same in two polls in a row, so one still being written is not read half. Polling rather than a
 * {@code WatchService} because it also works on network and container-mounted folders.
 *
 * <pre>{@code
 * try (FolderWatch w = FolderWatch.start(dir, Duration.ofSeconds(2), files -> ..., e -> ...)) { ... }
 * }</pre>
 */
public final class FolderWatch implements AutoCloseable {

  private record Stamp(long size, FileTime modified) {}

  private final Path folder;
  private final Consumer<List<Path>> onReady;
  private final Consumer<String> onError;
  private final ScheduledExecutorService timer;

  /** What each file looked like in the last poll. */
  private final Map<Path, Stamp> seen = new HashMap<>();

  /** What each file looked like when it was last handed over. */
  private final Map<Path, Stamp> handed = new HashMap<>();

  /** Reports each listing problem once. */
  private final IngestSink listingProblems =
      new IngestSink() {
        @Override
        public void accept(RawArticle article) {
          throw new IllegalStateException("listing a folder reads no articles");
        }

        @Override
        public void reject(String input, String reason) {
          String line = input + ": " + reason;
          if (reported.add(line)) {
            onError.accept(line);
          }
        }
      };

  private final Set<String> reported = new HashSet<>();

  private FolderWatch(Path folder, Consumer<List<Path>> onReady, Consumer<String> onError) {
    this.folder = folder;
    this.onReady = onReady;
    this.onError = onError;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "newsgraph-watch " + folder);
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Starts polling {@code folder} every {@code interval} on a thread of its own. {@code onReady}
   * runs on that thread, one batch at a time; what it throws goes to {@code onError} as one line,
   * and the files of that batch are offered again in the next poll. A folder or file that cannot be
   * listed goes to {@code onError} once, not on every poll.
   */
  public static FolderWatch start(
      Path folder, Duration interval, Consumer<List<Path>> onReady, Consumer<String> onError) {
    FolderWatch w = new FolderWatch(folder, onReady, onError);
    w.timer.scheduleWithFixedDelay(w::poll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    return w;
  }

  private void poll() {
    List<Path> ready = new ArrayList<>();
    Map<Path, Stamp> now = new HashMap<>();
    for (Path file : Ingest.list(folder, listingProblems)) {
      try {
        Stamp s = new Stamp(Files.size(file), Files.getLastModifiedTime(file));
        now.put(file, s);
        if (s.equals(seen.get(file)) && !s.equals(handed.get(file))) {
          ready.add(file);
        }
      } catch (IOException e) {
        // Deleted or renamed between listing and reading: the next poll sees what is there.
        now.remove(file);
      }
    }
    seen.clear();
    seen.putAll(now);
    if (ready.isEmpty()) {
      return;
    }
    try {
      onReady.accept(ready);
      ready.forEach(f -> handed.put(f, now.get(f)));
    } catch (RuntimeException e) {
      onError.accept("cannot ingest " + ready.size() + " files from " + folder + ": " + e);
    }
  }

  /** Stops polling; waits for a batch being ingested to finish. */
  @Override
  public void close() {
    timer.shutdown();
    try {
      timer.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
