package org.newsgraph.model;

import java.util.Arrays;

/**
 * Maps offsets in cleaned text back to offsets in the raw source. The cleaned text is a
 * concatenation of copied source segments and inserted separators; each copied segment is recorded
 * by where it starts in both texts.
 */
public final class OffsetMap {

  private final int[] cleanStarts;
  private final int[] sourceStarts;

  private OffsetMap(int[] cleanStarts, int[] sourceStarts) {
    this.cleanStarts = cleanStarts;
    this.sourceStarts = sourceStarts;
  }

  /** The identity map: cleaned text equals the source. */
  public static OffsetMap identity() {
    return new OffsetMap(new int[] {0}, new int[] {0});
  }

  /** Source offset for a cleaned-text offset; -1 when the source is not plain text. */
  public int toSource(int cleanOffset) {
    if (cleanStarts.length == 0) {
      return -1;
    }
    int i = Arrays.binarySearch(cleanStarts, cleanOffset);
    int seg = i >= 0 ? i : Math.max(0, -i - 2);
    return sourceStarts[seg] + (cleanOffset - cleanStarts[seg]);
  }

  /** For sources such as HTML whose offsets are not meaningful. */
  public static OffsetMap none() {
    return new OffsetMap(new int[0], new int[0]);
  }

  /** Collects segments as the cleaner copies them. */
  public static final class Builder {
    private int[] clean = new int[16];
    private int[] source = new int[16];
    private int n;

    /** Records that cleaned text from {@code cleanStart} on was copied from {@code sourceStart}. */
    public Builder segment(int cleanStart, int sourceStart) {
      if (n == clean.length) {
        clean = Arrays.copyOf(clean, n * 2);
        source = Arrays.copyOf(source, n * 2);
      }
      clean[n] = cleanStart;
      source[n] = sourceStart;
      n++;
      return this;
    }

    public OffsetMap build() {
      return n == 0 ? identity() : new OffsetMap(Arrays.copyOf(clean, n), Arrays.copyOf(source, n));
    }
  }
}
