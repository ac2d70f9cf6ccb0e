package org.newsgraph.model;

/**
 * One token: its text as written, where it stands, and its Universal Dependencies POS tag (empty
 * until the POS layer is added).
 */
public record Token(String text, CharSpan span, String pos) {

  public Token withPos(String tag) {
    return new Token(text, span, tag);
  }

  public boolean isProperNoun() {
    return "PROPN".equals(pos);
  }
}
