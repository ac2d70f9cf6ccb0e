package org.newsgraph.model;

/** What a block of cleaned text is on the page. */
public enum BlockKind {
  /** The article's headline. */
  HEADLINE,
  /** A standfirst, dateline or byline line kept for metadata but not for facts. */
  BYLINE,
  /** A photo caption: kept, marked as such. */
  CAPTION,
  /** Body text. */
  BODY
}
