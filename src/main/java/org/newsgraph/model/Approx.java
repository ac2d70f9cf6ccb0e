package org.newsgraph.model;

import java.util.Locale;

/** How a stated number relates to the true value, from its hedge ("nearly", "more than", ...). */
public enum Approx {
  /** No hedge: the number as stated. */
  EXACT,
  /** "about", "around", "some", "roughly", "an estimated". */
  ABOUT,
  /** "nearly", "almost", "up to", "less than": the true value is at most the number. */
  UNDER,
  /** "more than", "over", "at least", "well over": the true value is at least the number. */
  OVER;

  /** The lower-case name used in the graph. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
