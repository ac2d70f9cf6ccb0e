package org.newsgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsgraph.model.ArticleMeta;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Document;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.OffsetMap;
import org.newsgraph.model.Stage;

/** Hand-built documents, shared models and compact renderings for the annotate tests. */
public final class TestDocs {

  private static Models models;

  private TestDocs() {}

  /** The models, loaded once per test JVM. */
  public static synchronized Models models() {
    if (models == null) {
      models = Models.load();
    }
    return models;
  }

  /** A document of body paragraphs separated by blank lines. */
  public static Document body(String... paragraphs) {
    List<Object> parts = new ArrayList<>();
    for (String p : paragraphs) {
      parts.add(BlockKind.BODY);
      parts.add(p);
    }
    return of(parts.toArray());
  }

  /**
   * A document from alternating block kinds and texts: {@code of(HEADLINE, "...", BODY, "...")}.
   */
  public static Document of(Object... kindsAndTexts) {
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < kindsAndTexts.length; i += 2) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int begin = text.length();
      text.append((String) kindsAndTexts[i + 1]);
      blocks.add(new Block(new CharSpan(begin, text.length()), (BlockKind) kindsAndTexts[i]));
    }
    ArticleMeta meta =
        new ArticleMeta(
            "test",
            "test",
            "",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    return Document.of(meta, text.toString(), OffsetMap.identity(), blocks);
  }

  /** Runs every annotator over a document. */
  public static Document annotate(Document doc) {
    Document d = doc;
    for (Stage s : Annotators.create(models())) {
      d = s.apply(d);
    }
    return d;
  }

  /** The mentions rendered as {@code [10,18) PERSON John Doe}. */
  public static List<String> rendered(Document doc) {
    return doc.mentions().stream().map(Mention::render).collect(Collectors.toList());
  }

  /** The texts of the mentions of one type. */
  public static List<String> texts(Document doc, EntityType type) {
    return doc.mentions().stream()
        .filter(m -> m.type() == type)
        .map(Mention::text)
        .collect(Collectors.toList());
  }
}
