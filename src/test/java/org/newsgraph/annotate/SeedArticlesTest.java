package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Document;
import org.newsgraph.model.Mention;

/** Runs the full annotator over the seed articles, one BODY block per paragraph. */
class SeedArticlesTest {

  static List<Document> annotatedSeeds() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<Document> docs = new ArrayList<>();
    for (Path f : files) {
      String raw = Files.readString(f, StandardCharsets.UTF_8);
      String[] paragraphs =
          Stream.of(raw.split("\\n\\s*\\n"))
              .map(String::strip)
              .filter(p -> !p.isEmpty())
              .toArray(String[]::new);
      docs.add(TestDocs.annotate(TestDocs.body(paragraphs)));
    }
    return docs;
  }

  @Test
  void findsTheMainActors() throws IOException {
    List<Document> docs = annotatedSeeds();
    assertTrue(docs.size() == 5);
    Set<String> found = new HashSet<>();
    for (Document d : docs) {
      for (Mention m : d.mentions()) {
        found.add(m.type() + " " + m.text());
        assertTrue(m.span().of(d.text()).equals(m.text()));
      }
    }
    assertTrue(found.contains("PERSON Tokayev"), found::toString);
    assertTrue(found.contains("PERSON Putin"), found::toString);
    assertTrue(found.contains("COUNTRY Kazakhstan"), found::toString);
  }
}
