package org.newsgraph.clean;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A line of normalised text that remembers, for every character, the raw offset it was copied from.
 * Cutting and joining lines keeps that map, so the cleaned document can point back into the raw
 * body whatever was trimmed, collapsed or dropped on the way.
 */
final class Line {

  private final String text;
  private final int[] source;

  private Line(String text, int[] source) {
    this.text = text;
    this.source = source;
  }

  /**
   * Normalises {@code raw[from, to)}: odd spaces become plain spaces, invisible characters go, runs
   * of spaces collapse to one, the ends are trimmed, and the result is NFC. Quotes and dashes are
   * kept as written.
   */
  static Line of(String raw, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    int[] src = new int[to - from];
    for (int i = from; i < to; i++) {
      char c = raw.charAt(i);
      if (isInvisible(c)) {
        continue;
      }
      if (isSpace(c)) {
        if (sb.length() == 0 || sb.charAt(sb.length() - 1) == ' ') {
          continue;
        }
        c = ' ';
      }
      src[sb.length()] = i;
      sb.append(c);
    }
    int n = sb.length();
    if (n > 0 && sb.charAt(n - 1) == ' ') {
      n--;
    }
    return new Line(sb.substring(0, n), Arrays.copyOf(src, n)).nfc();
  }

  String text() {
    return text;
  }

  int length() {
    return text.length();
  }

  boolean isEmpty() {
    return text.isEmpty();
  }

  /** The raw offset of character {@code i}. */
  int sourceAt(int i) {
    return source[i];
  }

  /** Characters {@code [begin, end)}, trimmed. */
  Line sub(int begin, int end) {
    int b = begin;
    int e = end;
    while (b < e && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new Line(text.substring(b, e), Arrays.copyOfRange(source, b, e));
  }

  /** This line and the next joined by one space standing for the line break between them. */
  Line join(Line next) {
    int[] src = Arrays.copyOf(source, source.length + 1 + next.source.length);
    src[source.length] = source[source.length - 1] + 1;
    System.arraycopy(next.source, 0, src, source.length + 1, next.source.length);
    return new Line(text + " " + next.text, src);
  }

  private Line nfc() {
    if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      return this;
    }
    // Normalise one base character and its combining marks at a time, so every composed
    // character still maps to where its base character stood.
    StringBuilder sb = new StringBuilder(text.length());
    // NFC can expand a character into up to three.
    int[] src = new int[text.length() * 3];
    int i = 0;
    while (i < text.length()) {
      int j = i + Character.charCount(text.codePointAt(i));
      while (j < text.length() && isCombining(text.codePointAt(j))) {
        j += Character.charCount(text.codePointAt(j));
      }
      String cluster = Normalizer.normalize(text.substring(i, j), Normalizer.Form.NFC);
      for (int k = 0; k < cluster.length(); k++) {
        src[sb.length()] = source[Math.min(i + k, j - 1)];
        sb.append(cluster.charAt(k));
      }
      i = j;
    }
    return new Line(sb.toString(), Arrays.copyOf(src, sb.length()));
  }

  private static boolean isCombining(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK
        || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK;
  }

  private static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\u00A0'
        || c == '\u202F'
        || c == '\u3000'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u000B'
        || c == '\f'
        || c == '\r';
  }

  private static boolean isInvisible(char c) {
    return c == '\u200B'
        || c == '\u200C'
        || c == '\u200D'
        || c == '\u2060'
        || c == '\uFEFF'
        || c == '\u00AD'
        || (Character.isISOControl(c) && !isSpace(c));
  }

  @Override
  public String toString() {
    return text;
  }
}
