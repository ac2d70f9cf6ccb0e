package org.newsgraph.model;

/**
 * An article as read from its source, before cleaning.
 *
 * @param meta metadata given by the source (a JSON record's fields, a file name); the clean stage
 *     adds what the text itself says
 * @param format whether {@code body} is plain text or HTML
 * @param body the raw body
 */
public record RawArticle(ArticleMeta meta, Format format, String body) {

  /** The markup of a raw body. */
  public enum Format {
    TEXT,
    HTML
  }
}
