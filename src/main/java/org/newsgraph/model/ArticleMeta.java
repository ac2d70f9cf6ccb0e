package org.newsgraph.model;

import java.util.Optional;

/**
 * What is known about an article apart from its text.
 *
 * @param id stable, content-derived identifier (from the URL when there is one, else the body)
 * @param source the file name or URL it came from
 * @param sha256 hex digest of the raw body, to tell whether a re-ingested article changed
 * @param url where it was published
 * @param title headline
 * @param published publication date or date-time, ISO 8601
 * @param publisher the outlet
 * @param author byline: a person or an agency
 */
public record ArticleMeta(
    String id,
    String source,
    String sha256,
    Optional<String> url,
    Optional<String> title,
    Optional<String> published,
    Optional<String> publisher,
    Optional<String> author) {

  public ArticleMeta withTitle(Optional<String> t) {
    return new ArticleMeta(id, source, sha256, url, t, published, publisher, author);
  }

  public ArticleMeta withPublished(Optional<String> p) {
    return new ArticleMeta(id, source, sha256, url, title, p, publisher, author);
  }

  public ArticleMeta withPublisher(Optional<String> p) {
    return new ArticleMeta(id, source, sha256, url, title, published, p, author);
  }

  public ArticleMeta withAuthor(Optional<String> a) {
    return new ArticleMeta(id, source, sha256, url, title, published, publisher, a);
  }
}
