package org.newsgraph.analyze;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as people read them: {@code 12,500}, {@code 2.5}. */
public final class Numbers {

  private Numbers() {}

  /** Grouped thousands, no trailing zeros; infinity as "∞". */
  public static String format(double v) {
    if (Double.isInfinite(v)) {
      return "∞";
    }
    DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(BigDecimal.valueOf(v));
  }
}
