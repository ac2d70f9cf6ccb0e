package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.annotate.Models;
import org.newsgraph.bench.BenchResult;
import org.newsgraph.bench.Benchmark;
import org.newsgraph.bench.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench}: measures throughput against the NLP floor and Jena's own loader. */
@Command(
    name = "bench",
    description =
        "Benchmark on N distinct articles varied from template texts: the whole path against"
            + " OpenNLP alone, one thread against several, store loading against the TDB2 bulk"
            + " loader, and the canned queries' p95. Prints a table; --out writes JSON.")
final class BenchCommand implements Callable<Integer> {

  @Option(
      names = "--articles",
      defaultValue = "1000",
      description = "Articles (default ${DEFAULT-VALUE}).")
  int articles;

  @Option(
      names = "--threads",
      description = "Threads for the parallel run (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--out", paramLabel = "FILE.json", description = "Write the results as JSON.")
  Path out;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description =
          "Folders of .txt articles to vary (default: seeds/ and the golden test articles).")
  List<Path> templates = List.of(Path.of("seeds"), Path.of("src/test/resources/golden/articles"));

  @Option(
      names = "--queries",
      paramLabel = "DIR",
      defaultValue = "queries",
      description = "Folder of canned queries (default: ${DEFAULT-VALUE}).")
  Path queries;

  private final Io io;

  BenchCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (articles < 1 || threads < 1) {
      throw new CommandException(ExitCodes.USAGE, "--articles and --threads must be at least 1");
    }
    List<Path> folders = templates.stream().filter(Files::isDirectory).toList();
    if (folders.isEmpty()) {
      throw new CommandException(ExitCodes.USAGE, "no template folder found: " + templates);
    }
    Map<String, String> canned = new TreeMap<>();
    try (Stream<Path> files = Files.list(queries)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
        canned.put(f.getFileName().toString().replace(".rq", ""), Files.readString(f));
      }
    } catch (IOException e) {
      throw new CommandException(ExitCodes.USAGE, "cannot read canned queries in " + queries);
    }
    Path work = Files.createTempDirectory("newsgraph-bench-");
    try {
      BenchResult r =
          new Benchmark(Models.load(), io.err())
              .run(Corpus.from(folders, articles), threads, work, canned);
      io.out().print(r.toTable());
      if (out != null) {
        Files.writeString(out, r.toJson());
      }
      io.out().flush();
    } finally {
      deleteTree(work);
    }
    return ExitCodes.OK;
  }

  private static void deleteTree(Path root) throws IOException {
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.sorted(Comparator.reverseOrder()).forEach(paths::add);
    }
    for (Path p : paths) {
      Files.deleteIfExists(p);
    }
  }
}
