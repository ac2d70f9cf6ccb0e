package org.newsgraph.analyze;

/**
 * The values a hedged claim allows: "nearly 20,000" allows 17,000 to 20,000. {@code high} is {@link
 * Double#POSITIVE_INFINITY} when open.
 */
public record Interval(double low, double high) {

  /** How far below its number "nearly" may go. */
  static final double UNDER = 0.85;

  /** How far "about" may stray either way. */
  static final double ABOUT = 0.10;

  /** How far above its number "more than" is taken to go before it would say a bigger number. */
  static final double OVER = 1.5;

  /** Vague amounts ("tens of thousands") span one order of magnitude. */
  static final double VAGUE = 10;

  /** The interval a claim allows, from its hedge class. */
  public static Interval of(ClaimRecord c) {
    double v = c.value();
    double top = c.top();
    if (c.vague()) {
      return new Interval(v, v * VAGUE);
    }
    return switch (c.approx()) {
      case "about" -> new Interval(v * (1 - ABOUT), top * (1 + ABOUT));
      case "under" -> new Interval(v * UNDER, top);
      case "over" -> new Interval(v, top * OVER);
      default -> new Interval(v - rounding(v), top + rounding(top));
    };
  }

  /**
   * Half the place value of the last non-zero digit of a round number: "47,000" stands for
   * 46,500–47,500, while "47,213" is exact.
   */
  static double rounding(double v) {
    if (v != Math.rint(v) || Math.abs(v) < 100) {
      return 0;
    }
    long n = (long) Math.abs(v);
    long place = 1;
    while (n % 10 == 0) {
      n /= 10;
      place *= 10;
    }
    return place >= 100 ? place / 2.0 : 0;
  }

  boolean isEmpty() {
    return low > high;
  }

  Interval intersect(Interval o) {
    return new Interval(Math.max(low, o.low), Math.min(high, o.high));
  }
}
