package org.newsgraph.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsgraph.clean.AnchoredSearch;
import org.newsgraph.clean.Dates;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.Document;
import org.newsgraph.model.Sentence;

/**
 * Finds the date expressions of a text and resolves them against the article's publication date:
 * absolute dates ({@code September 21, 2022}), dates without a year ({@code 21 September}, {@code
 * on September 27}), weekdays ({@code on Tuesday}, {@code last Friday}, {@code Wednesday last
 * week}), deictic words ({@code yesterday}, {@code today}), weeks, weekends, months and stretches
 * of time ({@code last week}, {@code over the weekend}, {@code in February}, {@code over the past
 * week}, {@code in the past few days}), ranges ({@code from 19 to 25 September}) and open spans
 * ({@code since September 21}).
 *
 * <p>News reports the past, so a bare weekday is the most recent such day on or before the
 * reference date (the same day counts), and a date without a year that would fall more than a few
 * days after the reference is taken from the previous year. The reference is the article's
 * publication date; when the article has none, it is the latest date with a year that the text
 * itself states, and when there is none either, only dates with a year resolve: guessing would
 * invent facts.
 *
 * <p>Pure, deterministic and thread-safe; all methods are static.
 */
public final class RelativeDates {

  /** How many days after the reference a yearless date may fall before it means last year. */
  private static final int FUTURE_SLACK_DAYS = 7;

  private static final String MONTH =
      "(?:(?:January|February|March|April|May|June|July|August|September|October|November"
          + "|December)\\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b\\.?)";
  private static final String WEEKDAY =
      "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
  private static final String YEAR = "(?:1[89]|2[01])\\d\\d";
  private static final String COUNT =
      "(?i:\\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few"
          + "|several|a couple of|couple of)";

  // How every MONTH and WEEKDAY begins: the patterns with them are searched near these anchors.
  private static final Words MONTHS =
      new Words(
          false, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
          "Dec");
  private static final Words WEEKDAYS =
      new Words(
          false, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

  /**
   * The most gaps (runs of white space or hyphens) a pattern with a month has before its first
   * month: four in RANGE_DM ("between 19 - 25 September") and in DAY_MONTH ("since Tuesday 19 of
   * September"). Raise it when a pattern gets more.
   */
  private static final int MONTH_GAPS = 4;

  /** The most gaps WEEKDAY_REL has before its weekday, as in "this past Friday". */
  private static final int WEEKDAY_GAPS = 2;

  // The words DEICTIC is searched near, case aside, and the most gaps before the first of them in
  // a match: three in "the day before yesterday".
  private static final Words DEICTIC_WORDS =
      new Words(
          true, "yesterday", "today", "tonight", "tomorrow", "morning", "afternoon", "evening");
  private static final int DEICTIC_GAPS = 3;

  // The units NAMED_SPAN, PAST_SPAN and AGO are searched near, case aside, and the most gaps before
  // the unit in a match: seven in AGO ("a couple of to a few days ago").
  private static final Words UNITS = new Words(true, "day", "week", "month", "year");
  private static final int UNIT_GAPS = 7;

  /** No year may follow a yearless match: that is a dated expression found by another rule. */
  private static final String NO_YEAR = "(?![,.]?\\s*\\d)";

  private static final String SINCE = "(?<since>(?i:since|from)\\s+)";

  private static final AnchoredSearch RANGE_DM =
      byMonth(
          "\\b(?i:from|between)?\\s*\\b(?<d1>"
              + DAY
              + ")(?:\\s+(?<m1>"
              + MONTH
              + "))?\\s*(?:-|–|to|and|until)\\s*(?<d2>"
              + DAY
              + ")\\s+(?<m2>"
              + MONTH
              + ")(?:,?\\s+(?<y>"
              + YEAR
              + "))?\\b");
  private static final AnchoredSearch RANGE_MD =
      byMonth(
          "\\b(?:(?i:from|between)\\s+)?(?<m1>"
              + MONTH
              + ")\\s+(?<d1>"
              + DAY
              + ")\\s*(?:-|–|to|and|until)\\s*(?:(?<m2>"
              + MONTH
              + ")\\s+)?(?<d2>"
              + DAY
              + ")\\b(?:,?\\s+(?<y>"
              + YEAR
              + "))?");
  private static final AnchoredSearch DAY_MONTH =
      byMonth(
          "(?:\\b"
              + SINCE
              + "|\\b(?i:on|by|until)\\s+)?\\b(?:"
              + WEEKDAY
              + ",?\\s+)?(?<d>"
              + DAY
              + ")(?:\\s+of)?\\s+(?<m>"
              + MONTH
              + ")"
              + NO_YEAR);
  private static final AnchoredSearch MONTH_DAY =
      byMonth(
          "(?:\\b"
              + SINCE
              + "|\\b(?i:on|by|until)\\s+)?\\b(?:"
              + WEEKDAY
              + ",?\\s+)?(?<m>"
              + MONTH
              + ")\\s+(?<d>"
              + DAY
              + ")\\b"
              + NO_YEAR);
  private static final Pattern DATED =
      Pattern.compile("\\b(?:" + SINCE + "|(?i:on|by|until)\\s+)$");
  private static final AnchoredSearch MONTH_ONLY =
      byMonth(
          "\\b(?:"
              + SINCE
              + "|(?<prep>(?i:in|during|early|late|mid|in early|in late|in mid|the end of"
              + "|the beginning of|the start of)[\\s-]+))(?<m>"
              + MONTH
              + ")(?:\\s+(?<y>"
              + YEAR
              + "))?(?!\\s*\\d)\\b");
  private static final AnchoredSearch WEEKDAY_REL =
      new AnchoredSearch(
          Pattern.compile(
              "\\b(?:(?<pre>(?i:on|last|this past|past|since|from|early on|late on|until|by))\\s+)?"
                  + "(?<wd>"
                  + WEEKDAY
                  + ")(?:\\s+(?<wk>(?i:last week|this week|next week)))?"
                  + "(?:\\s+(?i:morning|afternoon|evening|night))?\\b"),
          WEEKDAYS,
          WEEKDAY_GAPS);
  private static final AnchoredSearch DEICTIC =
      new AnchoredSearch(
          Pattern.compile(
              "\\b(?i:(?<yd>the day before yesterday|yesterday)|(?<td>earlier today|today|tonight"
                  + "|this morning|this afternoon|this evening)|(?<tm>tomorrow))\\b"),
          DEICTIC_WORDS,
          DEICTIC_GAPS);
  private static final AnchoredSearch NAMED_SPAN =
      byUnit(
          "\\b(?i:(?:over|during|at|in)\\s+)?(?<which>(?i:last|this|next))\\s+"
              + "(?<unit>(?i:week|weekend|month|year))\\b"
              + "|\\b(?i:(?:over|during|at)\\s+)?(?<wend>(?i:the weekend))\\b");
  private static final AnchoredSearch PAST_SPAN =
      byUnit(
          "\\b(?i:(?:over|in|during|for|within)\\s+)?(?<the>(?i:the\\s+))?"
              + "(?<w>(?i:past|last|previous))\\s+(?:(?<n>"
              + COUNT
              + ")\\s+)?(?<unit>(?i:days?|weeks?|months?|years?))\\b"
              + "|\\b(?i:(?:over|in)\\s+)?(?<recent>(?i:recent days|recent weeks))\\b");
  private static final AnchoredSearch AGO =
      byUnit(
          "\\b(?<n>"
              + COUNT
              + ")(?:\\s*(?:-|to|or)\\s*(?<n2>"
              + COUNT
              + "))?\\s+(?<unit>(?i:days?|weeks?|months?|years?))\\s+(?i:ago)\\b");

  private RelativeDates() {}

  private static AnchoredSearch byMonth(String regex) {
    return new AnchoredSearch(Pattern.compile(regex), MONTHS, MONTH_GAPS);
  }

  private static AnchoredSearch byUnit(String regex) {
    return new AnchoredSearch(Pattern.compile(regex), RelativeDates::nextUnit, UNIT_GAPS);
  }

  /** A unit after white space: the three patterns write it so ("four days", "the weekend"). */
  private static int nextUnit(CharSequence text, int from) {
    int i = UNITS.next(text, from);
    while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
      i = UNITS.next(text, i + 1);
    }
    return i;
  }

  /** Words that anchor a search; with {@code anyCase} they are lower case and match in any case. */
  private record Words(boolean anyCase, List<String> words, String firsts)
      implements AnchoredSearch.Anchors {

    Words {
      for (String w : words) {
        if (anyCase && !w.equals(w.toLowerCase(Locale.ROOT))) {
          throw new IllegalArgumentException("word not in lower case: " + w);
        }
      }
    }

    Words(boolean anyCase, String... words) {
      this(
          anyCase,
          List.of(words),
          Stream.of(words).map(w -> w.substring(0, 1)).distinct().collect(Collectors.joining()));
    }

    @Override
    public int next(CharSequence text, int from) {
      for (int i = from; i < text.length(); i++) {
        if (firsts.indexOf(fold(text.charAt(i))) < 0) {
          continue;
        }
        for (String w : words) {
          if (startsAt(text, i, w)) {
            return i;
          }
        }
      }
      return -1;
    }

    private boolean startsAt(CharSequence text, int at, String word) {
      if (at + word.length() > text.length()) {
        return false;
      }
      for (int i = 0; i < word.length(); i++) {
        if (fold(text.charAt(at + i)) != word.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    private char fold(char c) {
      return anyCase ? Character.toLowerCase(c) : c;
    }
  }

  /**
   * Every date expression of a document's text that resolves, in text order, with the sentence it
   * stands in.
   */
  public static List<DateMention> find(Document doc) {
    List<DateMention> found = find(doc.text(), doc.meta().published());
    List<Sentence> sentences = doc.sentences();
    List<DateMention> out = new ArrayList<>(found.size());
    int s = 0;
    for (DateMention d : found) {
      while (s < sentences.size() && sentences.get(s).span().end() <= d.span().begin()) {
        s++;
      }
      int index =
          s < sentences.size() && sentences.get(s).span().begin() <= d.span().begin() ? s : -1;
      out.add(new DateMention(d.span(), index, d.start(), d.end()));
    }
    return out;
  }

  /**
   * Every date expression of {@code text} that resolves, in text order; sentence indices are -1.
   *
   * @param published the article's publication date or date-time, ISO 8601
   */
  public static List<DateMention> find(CharSequence text, Optional<String> published) {
    List<Dates.Found> stated = Dates.findAll(text);
    Optional<LocalDate> ref = published.flatMap(RelativeDates::isoDay);
    if (ref.isEmpty()) {
      ref = latestStatedDate(stated);
    }
    List<DateMention> candidates = new ArrayList<>();
    absolute(text, stated, ref, candidates);
    ranges(text, ref, candidates);
    yearless(text, ref, candidates);
    if (ref.isPresent()) {
      relative(text, ref.get(), candidates);
    }
    return withoutOverlaps(candidates);
  }

  /**
   * Of {@code dates} (a document's DATES layer), the one of a sentence closest to a span (usually
   * an event's trigger), if the sentence has one.
   */
  public static Optional<DateMention> nearest(
      List<DateMention> dates, int sentence, CharSpan near) {
    return dates.stream()
        .filter(d -> d.sentence() == sentence)
        .min(Comparator.comparingInt((DateMention d) -> distance(d.span(), near)));
  }

  static int distance(CharSpan a, CharSpan b) {
    if (a.overlaps(b)) {
      return 0;
    }
    return a.end() <= b.begin() ? b.begin() - a.end() : a.begin() - b.end();
  }

  private static Optional<LocalDate> isoDay(String iso) {
    try {
      return Optional.of(LocalDate.parse(iso.substring(0, Math.min(10, iso.length()))));
    } catch (DateTimeException e) {
      // Not an ISO date: the article is treated as undated.
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> latestStatedDate(List<Dates.Found> stated) {
    return stated.stream()
        .map(f -> isoDay(f.iso()))
        .flatMap(Optional::stream)
        .max(Comparator.naturalOrder());
  }

  /** Full dates with a year, through the publication-date parser; "since" makes them spans. */
  private static void absolute(
      CharSequence text, List<Dates.Found> stated, Optional<LocalDate> ref, List<DateMention> out) {
    for (Dates.Found f : stated) {
      Optional<LocalDate> day = isoDay(f.iso());
      if (day.isEmpty()) {
        continue;
      }
      int begin = f.begin();
      Matcher pre = DATED.matcher(text.subSequence(Math.max(0, begin - 8), begin));
      boolean since = false;
      if (pre.find()) {
        begin -= pre.group().length();
        since = pre.group("since") != null;
      }
      out.add(since ? since(begin, f.end(), day.get(), ref) : day(begin, f.end(), day.get()));
    }
  }

  private static void ranges(CharSequence text, Optional<LocalDate> ref, List<DateMention> out) {
    for (AnchoredSearch search : List.of(RANGE_DM, RANGE_MD)) {
      search.forEach(
          text,
          m -> {
            String m1 = m.group("m1") != null ? m.group("m1") : m.group("m2");
            String m2 = m.group("m2") != null ? m.group("m2") : m.group("m1");
            Optional<LocalDate> from = dayOf(m.group("d1"), m1, m.group("y"), ref);
            Optional<LocalDate> to = dayOf(m.group("d2"), m2, m.group("y"), ref);
            if (from.isPresent() && to.isPresent() && from.get().isBefore(to.get())) {
              int begin = m.start() + leadingSpaces(m.group());
              out.add(span(begin, m.end(), from.get(), to.get()));
            }
          });
    }
  }

  private static void yearless(CharSequence text, Optional<LocalDate> ref, List<DateMention> out) {
    if (ref.isEmpty()) {
      return;
    }
    for (AnchoredSearch search : List.of(DAY_MONTH, MONTH_DAY)) {
      search.forEach(
          text,
          m -> {
            Optional<LocalDate> day = dayOf(m.group("d"), m.group("m"), null, ref);
            if (day.isPresent()) {
              out.add(
                  m.group("since") != null
                      ? since(m.start(), m.end(), day.get(), ref)
                      : new DateMention(
                          new CharSpan(m.start(), m.end()),
                          -1,
                          day.get().toString(),
                          Optional.empty()));
            }
          });
    }
    MONTH_ONLY.forEach(
        text,
        m -> {
          int month = month(m.group("m"));
          LocalDate first =
              m.group("y") != null
                  ? LocalDate.of(Integer.parseInt(m.group("y")), month, 1)
                  : notAfter(ref.get().withDayOfMonth(1).withMonth(month), ref.get(), 0);
          LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
          out.add(
              m.group("since") != null
                  ? since(m.start(), m.end(), first, ref)
                  : span(m.start(), m.end(), first, last));
        });
  }

  private static void relative(CharSequence text, LocalDate ref, List<DateMention> out) {
    WEEKDAY_REL.forEach(text, m -> out.add(weekday(m, ref)));
    DEICTIC.forEach(text, m -> out.add(deictic(m, ref)));
    NAMED_SPAN.forEach(text, m -> namedSpan(m, ref).ifPresent(out::add));
    PAST_SPAN.forEach(text, m -> pastSpan(m, ref).ifPresent(out::add));
    AGO.forEach(text, m -> ago(m, ref).ifPresent(out::add));
  }

  private static DateMention deictic(Matcher m, LocalDate ref) {
    LocalDate day;
    if (m.group("yd") != null) {
      day = ref.minusDays(m.group("yd").length() > "yesterday".length() ? 2 : 1);
    } else if (m.group("tm") != null) {
      day = ref.plusDays(1);
    } else {
      day = ref;
    }
    return day(m.start(), m.end(), day);
  }

  private static DateMention weekday(Matcher m, LocalDate ref) {
    DayOfWeek wd = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
    String pre = lower(m.group("pre"));
    String wk = lower(m.group("wk"));
    LocalDate day;
    if (wk.equals("last week")) {
      day = monday(ref).minusWeeks(1).with(wd);
    } else if (wk.equals("this week")) {
      day = monday(ref).with(wd);
    } else if (wk.equals("next week")) {
      day = monday(ref).plusWeeks(1).with(wd);
    } else if (pre.equals("last") || pre.equals("this past") || pre.equals("past")) {
      // "last Friday" said on a Friday means a week ago, not today.
      day = ref.minusDays(1).with(TemporalAdjusters.previousOrSame(wd));
    } else {
      day = ref.with(TemporalAdjusters.previousOrSame(wd));
    }
    return pre.equals("since") || pre.equals("from")
        ? since(m.start(), m.end(), day, Optional.of(ref))
        : day(m.start(), m.end(), day);
  }

  private static Optional<DateMention> namedSpan(Matcher m, LocalDate ref) {
    if (m.group("wend") != null) {
      LocalDate sat = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
      return Optional.of(span(m.start(), m.end(), sat, sat.plusDays(1)));
    }
    String which = lower(m.group("which"));
    int shift =
        switch (which) {
          case "this" -> 0;
          case "next" -> 1;
          default -> -1;
        };
    return Optional.of(
        switch (lower(m.group("unit"))) {
          case "week" -> {
            LocalDate mon = monday(ref).plusWeeks(shift);
            yield span(m.start(), m.end(), mon, mon.plusDays(6));
          }
          case "weekend" -> {
            // The weekend before the current week; "this weekend" is the one closing it.
            LocalDate sat = monday(ref).plusWeeks(shift).plusDays(5);
            yield span(m.start(), m.end(), sat, sat.plusDays(1));
          }
          case "month" -> {
            LocalDate first = ref.withDayOfMonth(1).plusMonths(shift);
            yield span(m.start(), m.end(), first, first.with(TemporalAdjusters.lastDayOfMonth()));
          }
          default -> {
            LocalDate first = ref.withDayOfYear(1).plusYears(shift);
            yield span(m.start(), m.end(), first, first.withMonth(12).withDayOfMonth(31));
          }
        });
  }

  /** "over the past week", "in the past few days": stretches that end on the reference day. */
  private static Optional<DateMention> pastSpan(Matcher m, LocalDate ref) {
    if (m.group("recent") != null) {
      int days = lower(m.group("recent")).endsWith("weeks") ? 21 : 7;
      return Optional.of(span(m.start(), m.end(), ref.minusDays(days), ref));
    }
    if (m.group("the") == null && m.group("n") == null && !lower(m.group("w")).equals("past")) {
      // Plain "last week" is the calendar week before, not the seven days before.
      return Optional.empty();
    }
    int n = count(m.group("n"));
    Function<Integer, LocalDate> back = unitBack(lower(m.group("unit")), ref);
    return Optional.of(span(m.start(), m.end(), back.apply(n), ref));
  }

  /** "four days ago" is a day; "two weeks ago" and "four to five days ago" are stretches. */
  private static Optional<DateMention> ago(Matcher m, LocalDate ref) {
    String unit = lower(m.group("unit"));
    Function<Integer, LocalDate> back = unitBack(unit, ref);
    int n = count(m.group("n"));
    if (m.group("n2") != null) {
      int n2 = count(m.group("n2"));
      LocalDate a = back.apply(Math.max(n, n2));
      LocalDate b = back.apply(Math.min(n, n2));
      return a.isBefore(b) ? Optional.of(span(m.start(), m.end(), a, b)) : Optional.empty();
    }
    LocalDate day = back.apply(n);
    if (unit.startsWith("day") && !isVague(m.group("n"))) {
      return Optional.of(day(m.start(), m.end(), day));
    }
    // "a week ago" is a rough point: a window around it, never past the reference.
    int half = unit.startsWith("week") ? 3 : unit.startsWith("day") ? 1 : 15;
    LocalDate end = day.plusDays(half);
    return Optional.of(span(m.start(), m.end(), day.minusDays(half), end.isAfter(ref) ? ref : end));
  }

  private static Function<Integer, LocalDate> unitBack(String unit, LocalDate ref) {
    if (unit.startsWith("week")) {
      return n -> ref.minusWeeks(n);
    }
    if (unit.startsWith("month")) {
      return n -> ref.minusMonths(n);
    }
    if (unit.startsWith("year")) {
      return n -> ref.minusYears(n);
    }
    return n -> ref.minusDays(n);
  }

  private static boolean isVague(String n) {
    String s = lower(n);
    return s.contains("few") || s.contains("several") || s.contains("couple");
  }

  /** Numbers as words; "a few" counts as three and "several" as seven. */
  private static int count(String n) {
    if (n == null) {
      return 1;
    }
    String s = lower(n).strip();
    if (s.matches("\\d+")) {
      return Integer.parseInt(s);
    }
    return switch (s) {
      case "a", "one" -> 1;
      case "two", "a couple of", "couple of" -> 2;
      case "three", "a few", "few" -> 3;
      case "four" -> 4;
      case "five" -> 5;
      case "six" -> 6;
      case "seven", "several" -> 7;
      case "eight" -> 8;
      case "nine" -> 9;
      case "ten" -> 10;
      case "eleven" -> 11;
      default -> 12;
    };
  }

  private static Optional<LocalDate> dayOf(
      String d, String monthName, String year, Optional<LocalDate> ref) {
    try {
      int day = Integer.parseInt(d.replaceAll("\\D", ""));
      int month = month(monthName);
      if (year != null) {
        return Optional.of(LocalDate.of(Integer.parseInt(year), month, day));
      }
      if (ref.isEmpty()) {
        return Optional.empty();
      }
      LocalDate r = ref.get();
      LocalDate candidate = LocalDate.of(r.getYear(), month, Math.min(day, 28));
      LocalDate yearChosen = notAfter(candidate, r, FUTURE_SLACK_DAYS);
      return Optional.of(LocalDate.of(yearChosen.getYear(), month, day));
    } catch (DateTimeException | NumberFormatException e) {
      // 31 April, 29 February in a common year: not a date.
      return Optional.empty();
    }
  }

  /**
   * {@code d}, or a year earlier when it falls more than {@code slack} days after the reference.
   */
  private static LocalDate notAfter(LocalDate d, LocalDate ref, int slack) {
    return d.isAfter(ref.plusDays(slack)) ? d.minusYears(1) : d;
  }

  private static int month(String name) {
    String p = name.substring(0, 3).toLowerCase(Locale.ROOT);
    return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(p) / 3 + 1;
  }

  private static LocalDate monday(LocalDate d) {
    return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  private static int leadingSpaces(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static DateMention day(int begin, int end, LocalDate day) {
    return new DateMention(new CharSpan(begin, end), -1, day.toString(), Optional.empty());
  }

  private static DateMention span(int begin, int end, LocalDate from, LocalDate to) {
    return new DateMention(
        new CharSpan(begin, end), -1, from.toString(), Optional.of(to.toString()));
  }

  /** An open span: from the day to the reference date, or to the day itself when undated. */
  private static DateMention since(int begin, int end, LocalDate day, Optional<LocalDate> ref) {
    LocalDate to = ref.filter(r -> r.isAfter(day)).orElse(day);
    return span(begin, end, day, to);
  }

  /** The longest expressions win; a shorter one inside or across a longer one is dropped. */
  private static List<DateMention> withoutOverlaps(List<DateMention> candidates) {
    List<DateMention> sorted = new ArrayList<>(candidates);
    sorted.sort(
        Comparator.comparingInt((DateMention d) -> -d.span().length())
            .thenComparingInt(d -> d.span().begin()));
    List<DateMention> kept = new ArrayList<>();
    for (DateMention d : sorted) {
      if (kept.stream().noneMatch(k -> k.span().overlaps(d.span()))) {
        kept.add(d);
      }
    }
    kept.sort(Comparator.comparing(DateMention::span));
    return kept;
  }
}
