package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.ArticleMeta;
import org.newsgraph.model.Block;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Document;
import org.newsgraph.model.OffsetMap;
import org.newsgraph.model.RawArticle;

/**
 * Turns a raw article into a {@link Document}: page furniture removed, text normalised, each kept
 * paragraph a {@link Block} of known kind, and the metadata the page reveals (title, date, author,
 * outlet) added where the source did not give it.
 *
 * <p>The cleaned text is the kept paragraphs, trimmed, joined by blank lines. For plain text every
 * cleaned offset maps back to the raw body through {@link Document#sourceOffsets()}; for HTML the
 * map is {@link OffsetMap#none()}. Inside a kept paragraph the text is only trimmed, stripped of
 * invisible characters, NFC-normalised and has runs of spaces collapsed: quotes and dashes stay as
 * written.
 *
 * <p>Pure, deterministic and thread-safe: one instance can serve every thread.
 */
public final class Cleaner {

  private static final String SEPARATOR = "\n\n";

  /** Creates a cleaner; it holds no state. */
  public Cleaner() {}

  /** Cleans one article. Never fails on odd text: at worst the document has no blocks. */
  public Document clean(RawArticle raw) {
    ArticleMeta meta = raw.meta();
    boolean plain = raw.format() == RawArticle.Format.TEXT;
    String body = raw.body();
    if (!plain) {
      HtmlPage page = HtmlPage.parse(body);
      meta = fillIn(meta, page.title(), page.published(), page.author(), page.publisher());
      body = page.text();
    }
    Layout.Result layout = Layout.of(Lines.split(body), meta.title());
    meta = fillIn(meta, layout.title(), layout.published(), layout.author(), layout.publisher());

    StringBuilder text = new StringBuilder(body.length());
    OffsetMap.Builder map = new OffsetMap.Builder();
    List<Block> blocks = new ArrayList<>(layout.parts().size());
    for (Layout.Part part : layout.parts()) {
      if (text.length() > 0) {
        text.append(SEPARATOR);
      }
      Line line = part.line();
      int begin = text.length();
      for (int i = 0; i < line.length(); i++) {
        if (i == 0 || line.sourceAt(i) != line.sourceAt(i - 1) + 1) {
          map.segment(begin + i, line.sourceAt(i));
        }
      }
      text.append(line.text());
      blocks.add(new Block(new CharSpan(begin, text.length()), part.kind()));
    }
    OffsetMap offsets = plain ? map.build() : OffsetMap.none();
    return Document.of(meta, text.toString(), offsets, blocks);
  }

  /** Source metadata wins: the page only fills the gaps. */
  private static ArticleMeta fillIn(
      ArticleMeta meta,
      Optional<String> title,
      Optional<String> published,
      Optional<String> author,
      Optional<String> publisher) {
    ArticleMeta m = meta;
    if (m.title().isEmpty()) {
      m = m.withTitle(title);
    }
    if (m.published().isEmpty()) {
      m = m.withPublished(published);
    }
    if (m.author().isEmpty()) {
      m = m.withAuthor(author);
    }
    if (m.publisher().isEmpty()) {
      m = m.withPublisher(publisher);
    }
    return m;
  }
}
