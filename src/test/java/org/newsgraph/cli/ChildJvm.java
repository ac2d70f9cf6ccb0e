package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line in a JVM of its own, on this test's classpath: for what one process cannot do to
 * itself (hold a store's lock against another, be killed with SIGKILL). Standard output and error
 * go to files in {@code dir}.
 */
final class ChildJvm implements AutoCloseable {

  private final Process process;
  private final Path out;
  private final Path err;

  private ChildJvm(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /** Starts {@code newsgraph args...} with {@code dir} as its working folder. */
  static ChildJvm start(Path dir, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "child", ".out");
    Path err = Files.createTempFile(dir, "child", ".err");
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    return new ChildJvm(p, out, err);
  }

  /**
   * Waits until standard output contains {@code text}; fails if the child ends or time runs out.
   */
  void awaitOutput(String text, Duration limit) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!Files.readString(out).contains(text)) {
      if (!process.isAlive()) {
        throw new AssertionError(
            "child exited " + process.exitValue() + ": " + Files.readString(err));
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "no '" + text + "' within " + limit + ": " + Files.readString(err));
      }
      Thread.sleep(100);
    }
  }

  /** Whether the child is still running. */
  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL: no shutdown hooks, no flushing, no closing of the store. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Waits for the child to end by itself; returns its exit code. */
  int await(Duration limit) throws InterruptedException, IOException {
    if (!process.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
      kill();
      throw new AssertionError("child still running after " + limit + ": " + Files.readString(err));
    }
    return process.exitValue();
  }

  String stderr() throws IOException {
    return Files.readString(err);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
