package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/**
 * A batch of bad inputs after good articles: each bad input is rejected with one line naming it
 * (and its line), or read correctly; the batch goes on, the exit code says some were rejected, no
 * stack trace is shown, and the good articles' graphs do not change.
 */
class BadInputTest {

  @TempDir Path dir;

  /** File name → the reason it must be rejected for, or {@code null} when it must be stored. */
  private final Map<String, String> expected = new LinkedHashMap<>();

  private Path bad;

  @Test
  void badInputsAreRejectedOneLineEachOrReadAndNothingStoredChanges() throws IOException {
    Path good = dir.resolve("good");
    Corpus.write(good, 5, 7);
    Path store = dir.resolve("store");
    CliRunner.Run first = CliRunner.run("build", "--store", store.toString(), good.toString());
    assertEquals(ExitCodes.OK, first.code(), first.err());
    Dataset before = snapshot(store);

    bad = Files.createDirectories(dir.resolve("bad"));
    writeCorpus();
    assertTrue(expected.size() >= 30, "only " + expected.size() + " bad inputs");

    long start = System.nanoTime();
    CliRunner.Run r = CliRunner.run("build", "--store", store.toString(), bad.toString());
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    assertEquals(ExitCodes.PROBLEMS, r.code(), r.err());
    assertTrue(seconds < 180, "bad corpus took " + seconds + " s");

    List<String> lines = r.err().lines().toList();
    for (String line : lines) {
      assertTrue(line.startsWith("newsgraph: "), "not one line: " + line);
      assertFalse(line.contains("\tat ") || line.contains("extraction failed"), "failed: " + line);
    }
    Dataset after = snapshot(store);
    Set<String> stored = sources(after.asDatasetGraph());
    expected.forEach(
        (name, reason) -> {
          String input = bad.resolve(name).toString();
          List<String> about =
              lines.stream().filter(l -> l.startsWith("newsgraph: skipped " + input)).toList();
          if (reason == null) {
            assertEquals(List.of(), about, name);
            assertTrue(stored.stream().anyMatch(s -> s.startsWith(name)), name + " not stored");
          } else {
            assertFalse(about.isEmpty(), name + " not rejected: " + r.err());
            assertTrue(about.get(0).contains(reason), about.get(0) + " does not say " + reason);
          }
        });
    for (Node g : articleGraphs(before.asDatasetGraph())) {
      assertTrue(
          IsoMatcher.isomorphic(
              before.asDatasetGraph().getGraph(g), after.asDatasetGraph().getGraph(g)),
          g + " changed");
    }
  }

  private void writeCorpus() throws IOException {
    Random random = new Random(1);
    String sentence = "The council met in Leeds on Monday, the mayor said.";
    reject("empty.txt", "", "empty");
    reject("blank.txt", " \n\t\n   \r\n", "empty");
    reject("empty.html", "", "empty");
    reject("blank.jsonl", "\n\n  \n", "empty");
    byte[] png = new byte[4096];
    random.nextBytes(png);
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);
    rejectBytes("picture.txt", png, "binary");
    byte[] noise = new byte[8192];
    random.nextBytes(noise);
    rejectBytes("noise.html", noise, "binary");
    rejectBytes("nul.txt", (sentence + "\0" + sentence).getBytes(StandardCharsets.UTF_8), "binary");
    writeLarge("huge.txt", 50);
    expected.put("huge.txt", "too large (50 MB > 20 MB limit)");

    store(
        "latin1.txt",
        "Caf\u00e9 owner Jos\u00e9 M\u00fcller said prices rose in Z\u00fcrich.",
        StandardCharsets.ISO_8859_1);
    byte[] broken = (sentence + " Caf").getBytes(StandardCharsets.UTF_8);
    byte[] invalid = new byte[broken.length + 2];
    System.arraycopy(broken, 0, invalid, 0, broken.length);
    invalid[broken.length] = (byte) 0xC3;
    invalid[broken.length + 1] = (byte) 0x28;
    storeBytes("invalid-utf8.txt", invalid);
    store("utf16le.txt", "\uFEFF" + sentence, StandardCharsets.UTF_16LE);
    store("utf16be.txt", "\uFEFF" + sentence, StandardCharsets.UTF_16BE);
    store("utf8-bom.txt", "\uFEFF" + sentence, StandardCharsets.UTF_8);

    store(
        "scripts.html",
        "<html><head><style>p{color:red}</style><script>alert('x')</script></head><body>"
            + "<iframe src=\"https://evil.example/\"></iframe><p>"
            + sentence
            + "</p>"
            + "<script>document.write('owned')</script></body></html>");
    store("no-body.html", "<html><head><title>Council meets</title></head></html>");
    store("truncated.html", "<html><body><p>" + sentence + "</p><p>The mayor of Leeds, Ann");
    store("nested.html", "<div>".repeat(5000) + sentence + "</div>".repeat(10));
    store("entities.html", "<p>" + "&amp;".repeat(5_000) + "</p><p>" + sentence + "</p>");

    writeText(
        "broken.jsonl",
        String.join(
            "\n",
            "{\"text\": \"" + sentence + "\"}",
            "{\"text\": \"unterminated",
            "{\"title\": \"no text\"}",
            "{\"text\": 42}",
            "{\"text\": \"ok\", \"date\": [2023]}",
            "not json at all",
            "[\"an\", \"array\"]"));
    expected.put("broken.jsonl:1", null);
    expected.put("broken.jsonl:line 2", "invalid JSON");
    expected.put("broken.jsonl:line 3", "missing field 'text' or 'html'");
    expected.put("broken.jsonl:line 4", "field 'text' must be a string");
    expected.put("broken.jsonl:line 5", "field 'date' must be a string");
    expected.put("broken.jsonl:line 6", "invalid JSON");
    expected.put("broken.jsonl:line 7", "not a JSON object");
    reject("wrong.json", "{\"text\": {\"nested\": true}}", "field 'text' must be a string");
    reject("scalar.json", "12", "not a JSON object or array");
    reject("truncated.json", "[{\"text\": \"" + sentence + "\"}, {\"te", "invalid JSON");

    StringBuilder quotes = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      quotes.append("\u201cThe council said ").append(i).append(" homes would be built,\n");
    }
    store("unclosed-quotes.txt", quotes.toString());
    store(
        "numbers.txt",
        "The deficit reached 1e999 dollars, officials said. Another 10^30 tonnes were moved."
            + " Some 99,99,999 people voted, and a million billion euros were promised.");
    store(
        "dates.txt",
        "Mayor Ann Smith said on February 30, 2023 that the bridge would open on 31 April."
            + " The vote took place on 0 March 2023.");
    store(
        "cyrillic.txt",
        "\u0412\u043b\u0430\u0434\u0438\u043c\u0438\u0440 \u041f\u0443\u0442\u0438\u043d"
            + " \u0437\u0430\u044f\u0432\u0438\u043b \u0432 \u041c\u043e\u0441\u043a\u0432\u0435. "
            + "Vladimir Putin spoke in Moscow.");
    store(
        "arabic.txt",
        "\u0642\u0627\u0644 \u0645\u062d\u0645\u062f \u0628\u0646 \u0633\u0644\u0645\u0627\u0646"
            + " \u0641\u064a \u0627\u0644\u0631\u064a\u0627\u0636. The minister spoke in Riyadh.");
    store(
        "cjk.txt",
        "\u4e60\u8fd1\u5e73\u5728\u5317\u4eac\u53d1\u8868\u8bb2\u8bdd\u3002 "
            + "\u5cb8\u7530\u6587\u96c4 met Xi Jinping in Beijing on Monday.");
    store(
        "emoji.txt",
        "The mayor \uD83D\uDE00 said the \uD83C\uDF09 bridge would reopen. " + sentence);
    store(
        "zero-width.txt",
        "The may\u200Bor of Le\u200Beds, Ann\u00A0Smith, said \u202Ethe vote "
            + "was fair\u202C. "
            + sentence);
    store(
        "long-sentence.txt",
        "The council said that "
            + "the mayor and the deputy mayor agreed, ".repeat(800)
            + "today.");
    store("long-token.txt", sentence + " " + "x".repeat(100_000) + " " + sentence);
    store("long-digits.txt", sentence + " It cost " + "9".repeat(5_000) + " dollars.");
    store("punctuation.txt", "!?.,;:\u2014\u201c\u201d".repeat(1_500));
    store("one-char-lines.txt", "a\n".repeat(50_000));
    store("control.txt", sentence + "\u0007\u001b[31m red \u001b[0m " + sentence);
  }

  private void reject(String name, String text, String reason) throws IOException {
    writeText(name, text);
    expected.put(name, reason);
  }

  private void rejectBytes(String name, byte[] bytes, String reason) throws IOException {
    Files.write(bad.resolve(name), bytes);
    expected.put(name, reason);
  }

  private void store(String name, String text) throws IOException {
    store(name, text, StandardCharsets.UTF_8);
  }

  /** Stores {@code text}, made distinct: articles with the same text are one article. */
  private void store(String name, String text, Charset charset) throws IOException {
    Files.writeString(bad.resolve(name), text + "\n\nFiled as " + name + ".\n", charset);
    expected.put(name, null);
  }

  private void storeBytes(String name, byte[] bytes) throws IOException {
    Files.write(bad.resolve(name), bytes);
    expected.put(name, null);
  }

  private void writeText(String name, String text) throws IOException {
    Files.writeString(bad.resolve(name), text, StandardCharsets.UTF_8);
  }

  private void writeLarge(String name, int megabytes) throws IOException {
    byte[] chunk = "The council met again. ".repeat(45_590).getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(bad.resolve(name))) {
      long size = megabytes * 1024L * 1024L;
      for (long written = 0; written < size; written += chunk.length) {
        out.write(chunk, 0, (int) Math.min(chunk.length, size - written));
      }
    }
  }

  private static Dataset snapshot(Path store) {
    try (GraphStore gs = GraphStore.open(store)) {
      return gs.snapshot();
    }
  }

  private static Set<Node> articleGraphs(DatasetGraph dsg) {
    Set<Node> out = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
    dsg.find(Node.ANY, Node.ANY, NG.sha256, Node.ANY).forEachRemaining(q -> out.add(q.getGraph()));
    return out;
  }

  /** The source names of the stored articles. */
  private static Set<String> sources(DatasetGraph dsg) {
    Set<String> out = new TreeSet<>();
    dsg.find(Node.ANY, Node.ANY, NG.sourceName, Node.ANY)
        .forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
    return out;
  }
}
