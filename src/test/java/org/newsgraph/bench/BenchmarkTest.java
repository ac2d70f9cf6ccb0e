package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.TestDocs;

class BenchmarkTest {

  @Test
  void measuresEveryStageAndEveryCannedQueryOnASmallCorpus(@TempDir Path work)
      throws IOException, InterruptedException {
    Map<String, String> queries = new TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of("queries"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
        queries.put(f.getFileName().toString().replace(".rq", ""), Files.readString(f));
      }
    }
    BenchResult r =
        new Benchmark(TestDocs.models(), new PrintStream(OutputStream.nullOutputStream()))
            .run(Corpus.from(List.of(Path.of("seeds")), 12), 2, work, queries);
    assertEquals(12, r.articles());
    assertTrue(r.tokens() > 5_000, "tokens " + r.tokens());
    assertTrue(r.quads() > 10_000, "quads " + r.quads());
    for (double rate :
        List.of(
            r.floorTokensPerS(),
            r.extractTokensPerS1t(),
            r.extractTokensPerSnt(),
            r.loadQuadsPerS(),
            r.bulkloaderQuadsPerS())) {
      assertTrue(rate > 0 && Double.isFinite(rate), r.toTable());
    }
    assertEquals(queries.keySet(), r.queryP95Ms().keySet());
    assertTrue(r.peakHeapMb() > 0 && r.peakHeapMb() <= r.heapMaxMb(), r.toTable());
    assertTrue(r.storeMb() > 0, "store size " + r.storeMb());
    String json = r.toJson();
    for (String key :
        List.of(
            "extract_tokens_per_s_1t",
            "extract_tokens_per_s_2t",
            "floor_tokens_per_s",
            "load_quads_per_s",
            "bulkloader_quads_per_s",
            "query_p95_ms",
            "peak_heap_mb",
            "derive_s",
            "compact_s",
            "store_mb",
            "articles",
            "tokens",
            "quads")) {
      assertTrue(json.contains("\"" + key + "\": "), key + " missing in " + json);
    }
  }
}
