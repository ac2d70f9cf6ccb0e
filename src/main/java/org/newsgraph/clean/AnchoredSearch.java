package org.newsgraph.clean;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern search that gives exactly what {@link Matcher#find()} gives, for patterns whose every
 * match contains an anchor (a year, a month name) with at most a few gaps before it: runs of white
 * space ({@code \s}) or hyphens between the start of the match and the start of the first anchor it
 * contains. A pattern tried at every position of a long text is slow; here it is tried only at the
 * positions those few words before each anchor span, in text order as a search would, so no match
 * can be missed. Thread-safe.
 */
public final class AnchoredSearch {

  /** Where anchors start in a text. */
  @FunctionalInterface
  public interface Anchors {

    /** The start of the first anchor at or after {@code from}, or -1 when there is none. */
    int next(CharSequence text, int from);
  }

  private final Pattern pattern;
  private final Anchors anchors;
  private final int gaps;

  /**
   * @param pattern the pattern to find
   * @param anchors where the anchors are; every match must contain the start of one
   * @param gaps the most runs of white space or hyphens a match has before its first anchor
   */
  public AnchoredSearch(Pattern pattern, Anchors anchors, int gaps) {
    this.pattern = pattern;
    this.anchors = anchors;
    this.gaps = gaps;
  }

  /** Calls {@code each} with the matcher standing on each match, in text order. */
  public void forEach(CharSequence text, Consumer<Matcher> each) {
    // Lookbehinds and word boundaries see the text around each tried position, as in a search.
    Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int next = 0;
    for (int a = anchors.next(text, 0); a >= 0; a = anchors.next(text, a + 1)) {
      for (int at = Math.max(next, earliestStart(text, a)); at <= a; at++) {
        if (m.region(at, text.length()).lookingAt()) {
          each.accept(m);
          next = m.end();
          break;
        }
      }
      next = Math.max(next, a + 1);
    }
  }

  /** The earliest a match can start whose first anchor starts at {@code anchor}. */
  private int earliestStart(CharSequence text, int anchor) {
    int i = anchor;
    int runs = 0;
    while (i > 0) {
      if (!isGap(text.charAt(i - 1))) {
        i--;
      } else if (runs++ < gaps) {
        while (i > 0 && isGap(text.charAt(i - 1))) {
          i--;
        }
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isGap(char c) {
    return c == '-' || Boilerplate.isSpace(c);
  }
}
