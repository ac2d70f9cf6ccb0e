package org.newsgraph.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and normalises publication dates as news pages write them: {@code 2024-03-12}, {@code
 * Tuesday 12 March 2024 08:30 GMT}, {@code Status: 03/12/2024 4:05 p.m}, {@code 12 March 2024,
 * 16:05}, {@code March 12, 2024}, ISO 8601 date-times.
 *
 * <p>The result is ISO 8601: a date-time with offset ({@code 2024-03-12T08:30:00Z}) when a time and
 * a known zone are given, else the date alone ({@code 2024-03-12}); a local time without a zone is
 * dropped because it cannot be placed on the timeline. A date without a year is not a date here:
 * guessing the year would invent facts. Pure and thread-safe.
 */
public final class Dates {

  /**
   * A date found in a text.
   *
   * @param begin offset of the first character, including a leading label such as {@code Status:}
   * @param end offset after the last character
   * @param iso the normalised ISO 8601 value
   * @param labelled whether the date was introduced by a label ({@code date}, {@code Published},
   *     ...)
   */
  public record Found(int begin, int end, String iso, boolean labelled) {}

  private static final String MONTH =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  private static final String LABEL =
      "(?<label>(?<!\\p{L})(?i:date|dated|published|first published|updated|last"
          + " updated|posted|status)\\s*:?\\s*(?i:on\\s+)?)?";
  private static final String WEEKDAY =
      "(?:(?i:monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri"
          + "|saturday|sat|sunday|sun)\\.?,?\\s+)?";
  private static final String DMY =
      "(?<d1>\\d{1,2})(?i:st|nd|rd|th)?\\.?\\s+(?i:of\\s+)?(?<m1>(?i:"
          + MONTH
          + "))\\.?,?\\s+"
          + "(?<y1>\\d{4})";
  private static final String MDY =
      "(?<m2>(?i:" + MONTH + "))\\.?\\s+(?<d2>\\d{1,2})(?i:st|nd|rd|th)?,?\\s+(?<y2>\\d{4})";
  private static final String ISO = "(?<y3>\\d{4})-(?<m3>\\d{1,2})-(?<d3>\\d{1,2})";
  private static final String NUMERIC =
      "(?<n1>\\d{1,2})(?<sep>[/.])(?<n2>\\d{1,2})\\k<sep>(?<y4>\\d{4})";
  private static final String TIME =
      "(?:(?:\\s*,\\s*|\\s+(?i:at)\\s+|\\s*[-–|]\\s*|T|\\s+)"
          + "(?<h>\\d{1,2})[:.](?<mi>\\d{2})(?::(?<s>\\d{2})(?:\\.\\d{1,9})?)?"
          + "(?:\\s*(?<ap>[aApP])\\.?\\s?[mM]\\b\\.?)?"
          + "(?:\\s*\\(?(?<zone>Z|[+-]\\d{2}:?\\d{2}|(?:UTC|GMT)(?:\\s?[+-]\\d{1,2}(?::?\\d{2})?)?"
          + "|BST|WEST|WET|CEST|CET|EEST|EET|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST"
          + "|JST|KST|SGT|HKT|AWST|ACST|AEST|AEDT|NZST|NZDT)\\b\\)?)?)?";
  private static final Pattern DATE =
      Pattern.compile(
          LABEL
              + "(?<![\\d\\p{L}])"
              + WEEKDAY
              + "(?:"
              + DMY
              + "|"
              + MDY
              + "|"
              + ISO
              + "|"
              + NUMERIC
              + ")(?!\\d)"
              + TIME);

  /**
   * Every date has a year, four digits in a row, and at most eight gaps before its year, as in
   * "last updated : on Tuesday, 12th of March 2024": four in LABEL, one after WEEKDAY, three in
   * DMY. Raise the count when those parts get longer.
   */
  private static final AnchoredSearch SEARCH = new AnchoredSearch(DATE, Dates::nextYear, 8);

  private static final Map<String, String> ZONES =
      Map.ofEntries(
          Map.entry("Z", "+00:00"),
          Map.entry("UT", "+00:00"),
          Map.entry("UTC", "+00:00"),
          Map.entry("GMT", "+00:00"),
          Map.entry("WET", "+00:00"),
          Map.entry("BST", "+01:00"),
          Map.entry("WEST", "+01:00"),
          Map.entry("CET", "+01:00"),
          Map.entry("CEST", "+02:00"),
          Map.entry("EET", "+02:00"),
          Map.entry("EEST", "+03:00"),
          Map.entry("MSK", "+03:00"),
          Map.entry("EST", "-05:00"),
          Map.entry("EDT", "-04:00"),
          Map.entry("CST", "-06:00"),
          Map.entry("CDT", "-05:00"),
          Map.entry("MST", "-07:00"),
          Map.entry("MDT", "-06:00"),
          Map.entry("PST", "-08:00"),
          Map.entry("PDT", "-07:00"),
          Map.entry("AKST", "-09:00"),
          Map.entry("AKDT", "-08:00"),
          Map.entry("HST", "-10:00"),
          Map.entry("JST", "+09:00"),
          Map.entry("KST", "+09:00"),
          Map.entry("SGT", "+08:00"),
          Map.entry("HKT", "+08:00"),
          Map.entry("AWST", "+08:00"),
          Map.entry("ACST", "+09:30"),
          Map.entry("AEST", "+10:00"),
          Map.entry("AEDT", "+11:00"),
          Map.entry("NZST", "+12:00"),
          Map.entry("NZDT", "+13:00"));

  private static final Pattern NUMERIC_OFFSET = Pattern.compile("([+-])(\\d{1,2}):?(\\d{2})?");

  private static final DateTimeFormatter ISO_OFFSET =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  private Dates() {}

  /**
   * Parses a string that is nothing but a date, optionally with a weekday, a time, a zone and a
   * leading label ({@code Published:}, {@code Status:}, {@code date}).
   *
   * @return the ISO 8601 form, or empty when the string is not (only) a date
   */
  public static Optional<String> parse(String s) {
    String t = s.strip();
    if (t.endsWith(".") && !t.toLowerCase(Locale.ROOT).endsWith("m.")) {
      t = t.substring(0, t.length() - 1);
    }
    Matcher m = DATE.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    return toIso(m);
  }

  /** Every well-formed date in {@code text}, in text order. */
  public static List<Found> findAll(CharSequence text) {
    List<Found> out = new ArrayList<>();
    SEARCH.forEach(
        text,
        m -> {
          Optional<String> iso = toIso(m);
          if (iso.isPresent()) {
            out.add(new Found(m.start(), m.end(), iso.get(), m.group("label") != null));
          }
        });
    return out;
  }

  /** Where the next run of at least four digits starts, at or after {@code from}; -1 if none. */
  private static int nextYear(CharSequence text, int from) {
    int digits = 0;
    for (int i = from; i < text.length(); i++) {
      digits = isDigit(text.charAt(i)) ? digits + 1 : 0;
      if (digits == 4 && (i - 4 < 0 || !isDigit(text.charAt(i - 4)))) {
        return i - 3;
      }
    }
    return -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static Optional<String> toIso(Matcher m) {
    try {
      LocalDate date = date(m);
      if (date.getYear() < 1800 || date.getYear() > 2200) {
        return Optional.empty();
      }
      Optional<ZoneOffset> offset = offset(m.group("zone"));
      if (m.group("h") == null || offset.isEmpty()) {
        return Optional.of(date.toString());
      }
      int hour = Integer.parseInt(m.group("h"));
      String ap = m.group("ap");
      if (ap != null) {
        if (hour < 1 || hour > 12) {
          return Optional.of(date.toString());
        }
        hour = hour % 12 + (Character.toLowerCase(ap.charAt(0)) == 'p' ? 12 : 0);
      }
      int minute = Integer.parseInt(m.group("mi"));
      int second = m.group("s") == null ? 0 : Integer.parseInt(m.group("s"));
      LocalDateTime local = date.atTime(hour, minute, second);
      return Optional.of(ISO_OFFSET.format(OffsetDateTime.of(local, offset.get())));
    } catch (DateTimeException | NumberFormatException e) {
      // A shape that looks like a date but is not one (31 February, hour 25): not a date.
      return Optional.empty();
    }
  }

  private static LocalDate date(Matcher m) {
    if (m.group("y1") != null) {
      return LocalDate.of(num(m, "y1"), month(m.group("m1")), num(m, "d1"));
    }
    if (m.group("y2") != null) {
      return LocalDate.of(num(m, "y2"), month(m.group("m2")), num(m, "d2"));
    }
    if (m.group("y3") != null) {
      return LocalDate.of(num(m, "y3"), num(m, "m3"), num(m, "d3"));
    }
    int a = num(m, "n1");
    int b = num(m, "n2");
    int year = num(m, "y4");
    // Slashes are read month-first (US style) and dots day-first (European style), unless the
    // numbers only fit the other way round.
    boolean dayFirst = ".".equals(m.group("sep")) ? b <= 12 || a > 12 : a > 12;
    return dayFirst ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
  }

  private static int num(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }

  private static int month(String name) {
    String p = name.toLowerCase(Locale.ROOT).substring(0, 3);
    int i = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(p);
    return i / 3 + 1;
  }

  private static Optional<ZoneOffset> offset(String zone) {
    if (zone == null) {
      return Optional.empty();
    }
    String known = ZONES.get(zone);
    if (known != null) {
      return Optional.of(ZoneOffset.of(known));
    }
    String z = zone.replaceFirst("^(?:UTC|GMT)\\s?", "");
    Matcher m = NUMERIC_OFFSET.matcher(z);
    if (!m.matches()) {
      return Optional.empty();
    }
    int sign = "-".equals(m.group(1)) ? -1 : 1;
    int h = Integer.parseInt(m.group(2));
    int mi = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return Optional.of(ZoneOffset.ofHoursMinutes(sign * h, sign * mi));
  }
}
