package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.List;

/** Splits a raw body into normalised, non-empty lines, re-joining hard-wrapped paragraphs. */
final class Lines {

  /** Shorter lines are headings, names or captions, never the first half of a wrapped line. */
  private static final int MIN_WRAPPED = 50;

  private Lines() {}

  static List<Line> split(String raw) {
    List<Line> out = new ArrayList<>();
    boolean blankBefore = true;
    int start = 0;
    int n = raw.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? raw.charAt(i) : '\n';
      if (c != '\n' && c != '\r' && c != '\u2028' && c != '\u2029') {
        continue;
      }
      Line line = Line.of(raw, start, i);
      if (c == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') {
        i++;
      }
      start = i + 1;
      if (line.isEmpty()) {
        blankBefore = true;
        continue;
      }
      int last = out.size() - 1;
      if (!blankBefore && last >= 0 && isWrapped(out.get(last), line)) {
        out.set(last, out.get(last).join(line));
      } else {
        out.add(line);
      }
      blankBefore = false;
    }
    return out;
  }

  /** Whether {@code next} continues the sentence {@code line} broke off. */
  private static boolean isWrapped(Line line, Line next) {
    String t = line.text();
    char end = t.charAt(t.length() - 1);
    return t.length() >= MIN_WRAPPED
        && ".!?:;\"”’)]".indexOf(end) < 0
        && Character.isLowerCase(next.text().charAt(0));
  }
}
