package org.newsgraph.bench;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one benchmark run measured; absolute numbers are noisy on shared machines, so the ratios
 * measured in the same run are what the targets are stated in.
 */
public record BenchResult(
    int articles,
    long tokens,
    long quads,
    int threads,
    double floorTokensPerS,
    double extractTokensPerS1t,
    double extractTokensPerSnt,
    double loadQuadsPerS,
    double bulkloaderQuadsPerS,
    double deriveSeconds,
    double compactSeconds,
    double storeMb,
    Map<String, Double> queryP95Ms,
    double peakHeapMb,
    double heapMaxMb) {

  public BenchResult {
    queryP95Ms = Map.copyOf(new TreeMap<>(queryP95Ms));
  }

  /** The result as a JSON object (keys as in the README). */
  public String toJson() {
    StringBuilder b = new StringBuilder("{\n");
    field(b, "articles", articles);
    field(b, "tokens", tokens);
    field(b, "quads", quads);
    field(b, "threads", threads);
    field(b, "floor_tokens_per_s", floorTokensPerS);
    field(b, "extract_tokens_per_s_1t", extractTokensPerS1t);
    field(b, "extract_tokens_per_s_" + threads + "t", extractTokensPerSnt);
    field(b, "extract_vs_floor_1t", extractTokensPerS1t / floorTokensPerS);
    field(b, "speedup_" + threads + "t", extractTokensPerSnt / extractTokensPerS1t);
    field(b, "load_quads_per_s", loadQuadsPerS);
    field(b, "bulkloader_quads_per_s", bulkloaderQuadsPerS);
    field(b, "load_vs_bulkloader", loadQuadsPerS / bulkloaderQuadsPerS);
    field(b, "derive_s", deriveSeconds);
    field(b, "compact_s", compactSeconds);
    field(b, "store_mb", storeMb);
    b.append("  \"query_p95_ms\": {");
    String sep = "\n";
    for (Map.Entry<String, Double> e : new TreeMap<>(queryP95Ms).entrySet()) {
      b.append(sep).append("    \"").append(e.getKey()).append("\": ").append(num(e.getValue()));
      sep = ",\n";
    }
    b.append("\n  },\n");
    field(b, "peak_heap_mb", peakHeapMb);
    b.append("  \"heap_max_mb\": ").append(num(heapMaxMb)).append("\n}\n");
    return b.toString();
  }

  /** The result as a table for the console. */
  public String toTable() {
    StringBuilder b = new StringBuilder();
    row(b, "articles / tokens / quads", articles + " / " + tokens + " / " + quads);
    row(
        b,
        "OpenNLP floor (sent+tok+POS)",
        String.format(Locale.ROOT, "%,.0f tokens/s", floorTokensPerS));
    row(
        b,
        "whole path, 1 thread",
        String.format(
            Locale.ROOT,
            "%,.0f tokens/s (%.2f of floor)",
            extractTokensPerS1t,
            extractTokensPerS1t / floorTokensPerS));
    row(
        b,
        "whole path, " + threads + " threads",
        String.format(
            Locale.ROOT,
            "%,.0f tokens/s (%.2fx one thread)",
            extractTokensPerSnt,
            extractTokensPerSnt / extractTokensPerS1t));
    row(
        b,
        "store load",
        String.format(
            Locale.ROOT,
            "%,.0f quads/s (%.2f of bulk loader)",
            loadQuadsPerS,
            loadQuadsPerS / bulkloaderQuadsPerS));
    row(b, "TDB2 bulk loader", String.format(Locale.ROOT, "%,.0f quads/s", bulkloaderQuadsPerS));
    row(b, "resolution + analysis", String.format(Locale.ROOT, "%.1f s", deriveSeconds));
    row(
        b,
        "store compaction",
        compactSeconds == 0 ? "not needed" : String.format(Locale.ROOT, "%.1f s", compactSeconds));
    row(b, "store on disk, queried", String.format(Locale.ROOT, "%,.0f MB", storeMb));
    new TreeMap<>(queryP95Ms)
        .forEach(
            (q, ms) -> row(b, "query " + q + " p95", String.format(Locale.ROOT, "%.1f ms", ms)));
    row(
        b,
        "peak heap (live after GC)",
        String.format(Locale.ROOT, "%.0f MB of %.0f MB max", peakHeapMb, heapMaxMb));
    return b.toString();
  }

  private static void row(StringBuilder b, String what, String value) {
    b.append(String.format(Locale.ROOT, "%-34s %s%n", what, value));
  }

  private static void field(StringBuilder b, String key, double value) {
    b.append("  \"").append(key).append("\": ").append(num(value)).append(",\n");
  }

  private static String num(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.3f", d);
  }
}
