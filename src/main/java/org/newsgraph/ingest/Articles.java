package org.newsgraph.ingest;

import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.newsgraph.model.ArticleMeta;
import org.newsgraph.model.RawArticle;

/** Builds raw articles with content-derived ids, so reading the same article twice gives one id. */
public final class Articles {

  private static final int ID_LENGTH = 16;

  private Articles() {}

  /** An article that knows only where it came from and its body. */
  public static RawArticle of(String source, RawArticle.Format format, String body) {
    return of(
        source,
        format,
        body,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * An article with source metadata; the id is derived from the URL when there is one, else from
   * the body with its whitespace collapsed (so re-wrapped copies of a text get the same id).
   */
  static RawArticle of(
      String source,
      RawArticle.Format format,
      String body,
      Optional<String> url,
      Optional<String> title,
      Optional<String> published,
      Optional<String> publisher,
      Optional<String> author) {
    String key = url.orElseGet(() -> body.strip().replaceAll("\\s+", " "));
    String id = DigestUtils.sha256Hex(key).substring(0, ID_LENGTH);
    ArticleMeta meta =
        new ArticleMeta(
            id, source, DigestUtils.sha256Hex(body), url, title, published, publisher, author);
    return new RawArticle(meta, format, body);
  }
}
