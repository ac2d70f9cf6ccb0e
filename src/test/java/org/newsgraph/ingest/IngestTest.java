package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.ArticleMeta;
import org.newsgraph.model.RawArticle;

class IngestTest {

  @TempDir Path dir;

  /** Collects what Ingest sends; rejections rendered as {@code input -> reason}. */
  static final class Collector implements IngestSink {
    final List<RawArticle> accepted = new ArrayList<>();
    final List<String> rejected = new ArrayList<>();

    @Override
    public void accept(RawArticle article) {
      accepted.add(article);
    }

    @Override
    public void reject(String input, String reason) {
      rejected.add(input + " -> " + reason);
    }
  }

  private Collector read(Path... paths) {
    Collector c = new Collector();
    Ingest.read(List.of(paths), c);
    return c;
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private Path writeBytes(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  @Test
  void textFileBecomesATextArticleWithContentIds() throws IOException {
    String body = "Council backs budget\n\nThe  council met.\n";
    Collector c = read(write("a.txt", body));
    assertEquals(List.of(), c.rejected);
    RawArticle a = c.accepted.get(0);
    ArticleMeta m = a.meta();
    assertEquals(RawArticle.Format.TEXT, a.format());
    assertEquals(body, a.body());
    assertEquals("a.txt", m.source());
    assertEquals(DigestUtils.sha256Hex(body), m.sha256());
    assertEquals(
        DigestUtils.sha256Hex("Council backs budget The council met.").substring(0, 16), m.id());
    assertEquals(Optional.empty(), m.url());
  }

  @Test
  void folderIsReadRecursivelyInSortedOrderSkippingHiddenAndOtherFiles() throws IOException {
    write("b.txt", "Second text.");
    write("a/z.htm", "<p>Inside a folder.</p>");
    write("a.html", "<p>First page.</p>");
    write(".hidden.txt", "Hidden.");
    write(".git/c.txt", "Hidden folder.");
    write("notes.pdf", "Not an article.");
    Collector c = read(dir);
    assertEquals(List.of(), c.rejected);
    List<String> sources = c.accepted.stream().map(a -> a.meta().source()).toList();
    // Sorted by path: "a.html" comes before "a/z.htm".
    assertEquals(List.of("a.html", "z.htm", "b.txt"), sources);
    assertEquals(RawArticle.Format.HTML, c.accepted.get(1).format());
  }

  @Test
  void explicitMissingOrUnsupportedPathsAreRejected() throws IOException {
    Path pdf = write("notes.pdf", "x");
    Path missing = dir.resolve("missing.txt");
    Collector c = read(pdf, missing);
    assertEquals(
        List.of(
            pdf + " -> unsupported file type (expected .txt, .html, .htm, .jsonl or .json)",
            missing + " -> does not exist"),
        c.rejected);
    assertTrue(c.accepted.isEmpty());
  }

  @Test
  void jsonLinesGoodAndBrokenLines() throws IOException {
    Path f =
        write(
            "batch.jsonl",
            String.join(
                "\n",
                "{\"url\": \"https://news.example/a\", \"title\": \"Budget passes\","
                    + " \"date\": \"6 March 2023\", \"publisher\": \"Metro Herald\","
                    + " \"author\": \"Jane Doe\", \"text\": \"The council met.\"}",
                "{\"title\": \"No body\"}",
                "{\"text\": \"Broken",
                "",
                "{\"text\": 42}",
                "[1, 2]",
                "{\"text\": \"ok\"} trailing",
                "{\"html\": \"<p>Second article.</p>\"}"));
    Collector c = read(f);
    assertEquals(
        List.of(
            f + ":line 2 -> missing field 'text' or 'html'",
            f + ":line 3 -> invalid JSON",
            f + ":line 5 -> field 'text' must be a string",
            f + ":line 6 -> not a JSON object",
            f + ":line 7 -> invalid JSON"),
        c.rejected.stream().map(r -> r.replaceFirst("(invalid JSON).*", "$1")).toList());
    assertEquals(2, c.accepted.size());
    ArticleMeta first = c.accepted.get(0).meta();
    assertEquals("https://news.example/a", first.source());
    assertEquals(Optional.of("https://news.example/a"), first.url());
    assertEquals(DigestUtils.sha256Hex("https://news.example/a").substring(0, 16), first.id());
    assertEquals(Optional.of("Budget passes"), first.title());
    assertEquals(Optional.of("2023-03-06"), first.published());
    assertEquals(Optional.of("Metro Herald"), first.publisher());
    assertEquals(Optional.of("Jane Doe"), first.author());
    RawArticle second = c.accepted.get(1);
    assertEquals("batch.jsonl:8", second.meta().source());
    assertEquals(RawArticle.Format.HTML, second.format());
  }

  @Test
  void jsonFileMayHoldAnObjectOrAnArray() throws IOException {
    Path one = write("one.json", "{\n  \"title\": \"Single\",\n  \"text\": \"Body one.\"\n}\n");
    Path many =
        write("many.json", "[{\"text\": \"Body two.\"}, {\"title\": 3, \"text\": \"x\"}, 7]");
    Collector c = read(one, many);
    assertEquals(
        List.of(
            many + ":item 2 -> field 'title' must be a string",
            many + ":item 3 -> not a JSON object"),
        c.rejected);
    assertEquals(
        List.of("one.json", "many.json:item 1"),
        c.accepted.stream().map(a -> a.meta().source()).toList());
    assertEquals(Optional.of("Single"), c.accepted.get(0).meta().title());
  }

  @Test
  void jsonFileWithOneRecordPerLineIsReadAsJsonLines() throws IOException {
    Path f = write("lines.json", "{\"text\": \"A.\"}\n{\"text\": \"B.\"}\n");
    Collector c = read(f);
    assertEquals(List.of(), c.rejected);
    assertEquals(List.of("A.", "B."), c.accepted.stream().map(RawArticle::body).toList());
  }

  @Test
  void brokenJsonFileIsRejectedOnce() throws IOException {
    Path f = write("broken.json", "[{\"text\": \"A.\"},\n");
    Collector c = read(f);
    assertEquals(1, c.rejected.size());
    assertTrue(c.rejected.get(0).startsWith(f + " -> invalid JSON"), c.rejected.get(0));
  }

  @Test
  void emptyAndBlankFilesAreRejected() throws IOException {
    Path empty = write("empty.txt", "");
    Path blank = write("blank.jsonl", " \n\t\n");
    Collector c = read(empty, blank);
    assertEquals(List.of(empty + " -> empty", blank + " -> empty"), c.rejected);
  }

  @Test
  void binaryFilesAreRejected() throws IOException {
    Path nul = writeBytes("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
    byte[] controls = new byte[200];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
    }
    Path noisy = writeBytes("noise.html", controls);
    Collector c = read(nul, noisy);
    assertEquals(
        List.of(
            nul + " -> binary (contains NUL bytes)",
            noisy + " -> binary (mostly non-text characters)"),
        c.rejected);
  }

  @Test
  void latin1FallsBackAndIsAccepted() throws IOException {
    byte[] latin1 = "Café owners in Zürich – “fine”".getBytes("windows-1252");
    Collector c = read(writeBytes("latin.txt", latin1));
    assertEquals(List.of(), c.rejected);
    assertEquals("Café owners in Zürich – “fine”", c.accepted.get(0).body());
  }

  @Test
  void byteOrderMarksAreHonouredAndRemoved() throws IOException {
    byte[] utf8 =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            "Zoë said.",
            StandardCharsets.UTF_8);
    byte[] utf16le =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Zoë said.", StandardCharsets.UTF_16LE);
    byte[] utf16be =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Zoë said.", StandardCharsets.UTF_16BE);
    Collector c =
        read(writeBytes("a.txt", utf8), writeBytes("b.txt", utf16le), writeBytes("c.txt", utf16be));
    assertEquals(List.of(), c.rejected);
    assertEquals(
        List.of("Zoë said.", "Zoë said.", "Zoë said."),
        c.accepted.stream().map(RawArticle::body).toList());
  }

  @Test
  void tooLargeFilesAreRejectedUnread() throws IOException {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(Ingest.MAX_FILE_BYTES + 1024 * 1024);
    }
    Collector c = read(big);
    assertEquals(List.of(big + " -> too large (21 MB > 20 MB limit)"), c.rejected);
  }

  @Test
  void seedsAreAllAccepted() {
    Collector c = read(Path.of("seeds"));
    assertEquals(List.of(), c.rejected);
    assertEquals(5, c.accepted.size());
    assertEquals("000_abea3c047325cf60.txt", c.accepted.get(0).meta().source());
  }

  private static byte[] concat(byte[] prefix, String text, Charset cs) {
    byte[] body = text.getBytes(cs);
    byte[] out = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, out, 0, prefix.length);
    System.arraycopy(body, 0, out, prefix.length, body.length);
    return out;
  }
}
