package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Approx;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.Document;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quantity;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Stage;
import org.newsgraph.model.Token;

/**
 * Finds the numbers an article states — counts, amounts, money, percentages, distances, rates —
 * with their hedge, unit, rate and what they are about (SENTENCES, TOKENS, POS, MENTIONS, DATES,
 * QUOTES → QUANTITIES).
 *
 * <p>Rules over tokens and POS tags, no model: a number is read from digits ("12,500", "1.2
 * million", "$3bn") or words ("two million", "a dozen"); dates, years, clock times, ages, ordinals,
 * identifiers and bare durations are left out. Vague amounts ("tens of thousands") keep only their
 * order of magnitude. The claimant comes from the quote or sentence, the time span from the DATES
 * layer. Byline blocks are skipped. Not thread-safe (the number-word parser keeps state): one
 * instance per thread.
 */
public final class QuantityExtractor implements Stage {

  /** A numeral token: optional currency, digits with thousands commas, decimals, suffix. */
  private static final Pattern NUMERAL =
      Pattern.compile(
          "(US\\$|A\\$|C\\$|HK\\$|\\$|€|£|¥|₹)?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(bn|mn|tn|m|k|%)?");

  private static final Pattern THOUSANDS_TAIL = Pattern.compile(",\\d{3}(?!\\d)");

  private static final Pattern IN_TOKEN_RANGE = Pattern.compile("([^-–]+)[-–]([^-–]+)");

  private static final Set<String> CURRENCY = Set.of("$", "us$", "a$", "c$", "€", "£", "¥", "₹");

  private static final Set<String> RANGE_WORDS = Set.of("to", "-", "–", "—", "or", "and");

  private static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec");

  private static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** Words after a number that make it a clock time. */
  private static final Set<String> CLOCK =
      Set.of(
          "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "gmt", "bst", "utc", "cet", "o'clock", "hrs");

  private static final Set<String> TIME_UNITS =
      Set.of(
          "second",
          "seconds",
          "minute",
          "minutes",
          "hour",
          "hours",
          "day",
          "days",
          "night",
          "nights",
          "week",
          "weeks",
          "month",
          "months",
          "year",
          "years",
          "decade",
          "decades",
          "century",
          "centuries");

  /** Words before a digit that make it a label rather than an amount ("No 10", "Section 5"). */
  private static final Set<String> ID_WORDS =
      Set.of(
          "no",
          "no.",
          "number",
          "#",
          "article",
          "section",
          "flight",
          "route",
          "chapter",
          "version",
          "phase",
          "level",
          "category",
          "grade",
          "room",
          "page",
          "gate",
          "terminal",
          "platform",
          "clause",
          "resolution",
          "covid",
          "covid-19",
          "aged",
          "age");

  private static final Map<String, String> RATE_ADVERBS =
      Map.of(
          "daily",
          "day",
          "weekly",
          "week",
          "monthly",
          "month",
          "annually",
          "year",
          "yearly",
          "year",
          "hourly",
          "hour");

  private static final Set<String> RATE_UNITS = Set.of("hour", "day", "week", "month", "year");

  /** Reporting verbs that pass the subject on: "are said to have entered". */
  private static final Set<String> RAISING =
      Set.of("said", "reported", "believed", "thought", "estimated", "expected", "feared", "known");

  private static final Set<String> AUX_WORDS =
      Set.of("have", "has", "had", "be", "been", "being", "is", "are", "was", "were");

  /** Verbs of saying: the number is what was said, so they tell nothing about it. */
  private static final Set<String> SAYING =
      Set.of("said", "says", "say", "told", "reported", "announced", "claimed", "stated");

  private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", ".", "!", "?", "—", "–");

  private final NumberWords numberWords = new NumberWords();

  public QuantityExtractor() {}

  @Override
  public Set<Layer> requires() {
    return Set.of(
        Layer.SENTENCES, Layer.TOKENS, Layer.POS, Layer.MENTIONS, Layer.DATES, Layer.QUOTES);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.QUANTITIES);
  }

  @Override
  public Document apply(Document doc) {
    List<Quantity> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (s.kind() != BlockKind.BYLINE) {
        new Scan(doc, s).run(out);
      }
    }
    return doc.withQuantities(out.stream().map(q -> attribute(doc, q)).toList());
  }

  /**
   * Who claims a number and the time span it covers: the speaker of the quote it stands in, else
   * the speaker of its sentence ("according to X", "X said"); the date expression of its sentence
   * nearest to it.
   */
  private static Quantity attribute(Document doc, Quantity q) {
    Optional<CharSpan> claimant = Optional.empty();
    String claimantText = "";
    Optional<Quote> quote =
        doc.quotes().stream().filter(t -> t.span().contains(q.span())).findFirst();
    if (quote.isPresent()) {
      claimant = quote.get().speaker();
      claimantText = quote.get().speakerText();
    } else {
      Optional<Speech.Attribution> a = Speech.speakerOf(doc, q.sentence());
      if (a.isPresent()) {
        claimant = a.get().mention();
        claimantText = a.get().text();
      }
    }
    Optional<String> since = Optional.empty();
    Optional<String> until = Optional.empty();
    Optional<DateMention> when = RelativeDates.nearest(doc.dates(), q.sentence(), q.span());
    if (when.isPresent()) {
      since = Optional.of(when.get().start());
      until = Optional.of(when.get().end().orElse(when.get().start()));
    }
    return new Quantity(
        q.span(),
        q.sentence(),
        q.value(),
        q.upper(),
        q.approx(),
        q.hedge(),
        q.unit(),
        q.per(),
        q.about(),
        claimant,
        claimantText,
        since,
        until,
        q.vague());
  }

  /** Verbs that state the level a measure reached: "rose to", "stood at", "reached". */
  private static final Set<String> LEVEL_VERBS =
      Set.of(
          "rose",
          "risen",
          "rises",
          "climbed",
          "jumped",
          "increased",
          "reached",
          "reaches",
          "hit",
          "topped",
          "passed",
          "exceeded",
          "stood",
          "stands",
          "fell",
          "dropped",
          "declined",
          "grew",
          "soared",
          "surged");

  /** How far before a level verb its subject's head may stand. */
  private static final int SUBJECT_WINDOW = 8;

  /** Nouns that name a measured level rather than the things counted. */
  private static final Set<String> MEASURES =
      Set.of(
          "toll",
          "number",
          "figure",
          "total",
          "count",
          "tally",
          "turnout",
          "rate",
          "price",
          "prices",
          "cost",
          "costs",
          "level",
          "death",
          "deaths",
          "casualties",
          "inflation",
          "unemployment",
          "population");

  /** A number read at a token: where it ends, its value, and what its token said about units. */
  private record Num(
      int end,
      double value,
      OptionalDouble upper,
      double scale,
      String currency,
      boolean percent,
      boolean word,
      boolean plain) {}

  /** One sentence being scanned left to right. */
  private final class Scan {
    private final Document doc;
    private final Sentence sentence;
    private final List<Token> toks;
    private final List<String> w = new ArrayList<>();
    private final List<Mention> mentions;
    private final int n;

    Scan(Document doc, Sentence sentence) {
      this.doc = doc;
      this.sentence = sentence;
      this.toks = doc.tokensOf(sentence);
      for (Token t : toks) {
        w.add(t.text().toLowerCase(Locale.ROOT));
      }
      this.mentions =
          doc.mentions().stream().filter(m -> m.sentence() == sentence.index()).toList();
      this.n = toks.size();
    }

    void run(List<Quantity> out) {
      int i = 0;
      while (i < n) {
        int next = tryAt(i, out);
        i = next > i ? next : i + 1;
      }
    }

    /** Reads a quantity starting at token {@code i}; returns the token after it, or {@code i}. */
    private int tryAt(int i, List<Quantity> out) {
      int c = i;
      String currency = "";
      if (i + 1 < n && w.get(i).equals("us") && w.get(i + 1).equals("$")) {
        currency = "US$";
        c = i + 2;
      } else if (CURRENCY.contains(w.get(i))) {
        currency = text(i);
        c = i + 1;
      }
      if (c >= n) {
        return i;
      }
      if (currency.isEmpty()) {
        Optional<NumberWords.Parsed> vague = numberWords.vague(w, c);
        if (vague.isPresent() && !isNumberAt(c - 1)) {
          // A headline's "Thousands Flee" restates the body and its Title Case hides the unit.
          return sentence.kind() == BlockKind.HEADLINE
              ? vague.get().end()
              : vagueAt(c, vague.get(), out);
        }
      }
      Num num = number(c, !currency.isEmpty());
      if (num == null) {
        return i;
      }
      if (currency.isEmpty()) {
        currency = num.currency();
      }
      boolean between = c > 0 && w.get(c - 1).equals("between");
      double value = num.value();
      OptionalDouble upper = num.upper();
      boolean percent = num.percent();
      int end = num.end();
      if (upper.isEmpty()
          && end + 1 < n
          && RANGE_WORDS.contains(w.get(end))
          && between == w.get(end).equals("and")) {
        int c2 = CURRENCY.contains(w.get(end + 1)) ? end + 2 : end + 1;
        Num hi = c2 < n ? number(c2, !currency.isEmpty()) : null;
        if (hi != null && hi.word() == num.word()) {
          // "two to three million": the lower bound shares the upper bound's scale
          double lo =
              num.scale() == 1 && value * hi.scale() < hi.value() ? value * hi.scale() : value;
          if (hi.value() > lo) {
            value = lo;
            upper = OptionalDouble.of(hi.value());
            end = hi.end();
            percent |= hi.percent();
            currency = currency.isEmpty() ? hi.currency() : currency;
          }
        }
      }
      if (notAnAmount(c, end, num, upper, currency, percent)) {
        return end;
      }
      int start = between ? c - 1 : i;
      Approx approx = Approx.EXACT;
      String hedge = "";
      if (!between) {
        Optional<Hedges.Hedge> h = Hedges.before(w, i);
        if (h.isPresent()) {
          approx = h.get().approx();
          start = i - h.get().length();
          hedge = textOf(start, i);
        }
      }
      String unit;
      int after = end;
      if (percent) {
        unit = "%";
        if (after < n && w.get(after).equals("%")) {
          after++;
        }
      } else if (after + 1 < n && w.get(after).equals("per") && w.get(after + 1).equals("cent")) {
        unit = textOf(after, after + 2);
        after += 2;
      } else if (after < n && (w.get(after).equals("percent") || w.get(after).equals("%"))) {
        unit = text(after);
        after++;
      } else if (!currency.isEmpty()) {
        unit = currency;
      } else if (after < n && w.get(after).equals("(")) {
        int close = nounPhraseEnd(after + 1);
        if (close > after + 1 && close < n && w.get(close).equals(")")) {
          unit = textOf(after + 1, close);
          after = close + 1;
        } else {
          unit = "";
        }
      } else {
        int np = nounPhraseEnd(after);
        unit = textOf(after, np);
        after = np;
      }
      if (num.word() && value == 1 && upper.isEmpty() && unit.isEmpty()) {
        // "one of them", "no one": a pronoun, not a count
        return end;
      }
      if (!num.word()
          && hedge.isEmpty()
          && unit.isEmpty()
          && start > 0
          && "PROPN".equals(toks.get(start - 1).pos())
          && sentence.kind() != BlockKind.HEADLINE) {
        // "Boeing 737", "Apollo 11": a number that is part of a name
        return end;
      }
      if (unit.isEmpty() && hedge.isEmpty() && isAgeApposition(start, end)) {
        return end; // "Mr Okafor, 52, denied it": an age
      }
      if (unit.isEmpty()) {
        unit = measuredSubject(start);
      }
      emit(out, start, end, value, upper, approx, hedge, unit, after, false);
      return end;
    }

    /** A bare number set off by commas right after a person's name. */
    private boolean isAgeApposition(int start, int end) {
      if (start < 2 || end >= n || !w.get(start - 1).equals(",") || !w.get(end).equals(",")) {
        return false;
      }
      int nameEnd = toks.get(start - 2).span().end();
      return mentions.stream()
          .anyMatch(m -> m.type() == EntityType.PERSON && m.span().end() == nameEnd);
    }

    /**
     * What a bare number measures when a level verb links it to its subject: "the death toll rose
     * to more than 17,000" measures the death toll.
     */
    private String measuredSubject(int start) {
      int v = start - 1;
      if (v >= 0 && (w.get(v).equals("to") || w.get(v).equals("at"))) {
        v--;
      }
      if (v < 0 || !LEVEL_VERBS.contains(w.get(v))) {
        return "";
      }
      // The subject's head, possibly before a modifier: "the death toll from the quake rose".
      int head = v - 1;
      int limit = Math.max(0, v - SUBJECT_WINDOW);
      while (head >= limit && !MEASURES.contains(w.get(head)) && !w.get(head).equals(",")) {
        head--;
      }
      if (head < limit || !MEASURES.contains(w.get(head))) {
        return "";
      }
      if (head + 2 < v && w.get(head + 1).equals("of")) {
        // "the number of arrests rose to 312" counts arrests
        int np = nounPhraseEnd(head + 2);
        if (np > head + 2) {
          return textOf(head + 2, np);
        }
      }
      int first = head;
      while (first > 0
          && ("NOUN".equals(toks.get(first - 1).pos())
              || "ADJ".equals(toks.get(first - 1).pos()))) {
        first--;
      }
      return textOf(first, head + 1);
    }

    private int vagueAt(int c, NumberWords.Parsed v, List<Quantity> out) {
      int start = c;
      String hedge = "";
      Optional<Hedges.Hedge> h = Hedges.before(w, c);
      if (h.isPresent()) {
        start = c - h.get().length();
        hedge = textOf(start, c);
      }
      int u = v.end();
      if (u < n && w.get(u).equals("of")) {
        u++;
        if (u < n && "DET".equals(toks.get(u).pos())) {
          u++;
        }
      }
      int np = nounPhraseEnd(u);
      String unit = textOf(u, np);
      emit(
          out,
          start,
          v.end(),
          v.value(),
          OptionalDouble.empty(),
          Approx.ABOUT,
          hedge,
          unit,
          np > u ? np : v.end(),
          true);
      return v.end();
    }

    private void emit(
        List<Quantity> out,
        int start,
        int end,
        double value,
        OptionalDouble upper,
        Approx approx,
        String hedge,
        String unit,
        int after,
        boolean vague) {
      int[] rateEnd = {after};
      String per = rate(after, rateEnd);
      CharSpan span = new CharSpan(toks.get(start).span().begin(), toks.get(end - 1).span().end());
      out.add(
          new Quantity(
              span,
              sentence.index(),
              value,
              upper,
              approx,
              hedge,
              unit,
              per,
              about(start, rateEnd[0]),
              Optional.empty(),
              "",
              Optional.empty(),
              Optional.empty(),
              vague));
    }

    /** The number at token {@code c}, or null if there is none. */
    private Num number(int c, boolean money) {
      String t = text(c);
      int te = c + 1;
      // the tokenizer sometimes splits "8,600" into "8" and ",600"
      while (te < n
          && toks.get(te - 1).span().end() == toks.get(te).span().begin()
          && THOUSANDS_TAIL.matcher(text(te)).lookingAt()) {
        t += text(te);
        te++;
      }
      Matcher m = NUMERAL.matcher(t);
      if (m.matches()) {
        return numeral(m, te, money);
      }
      Matcher r = IN_TOKEN_RANGE.matcher(t);
      if (r.matches()) {
        Matcher lo = NUMERAL.matcher(r.group(1));
        Matcher hi = NUMERAL.matcher(r.group(2));
        if (lo.matches() && hi.matches()) {
          Num high = numeral(hi, te, money);
          Num low = numeral(lo, te, money);
          if (high == null || low == null || high.value() <= low.value()) {
            return null; // "3-1" is a score, not a range
          }
          return new Num(
              high.end(),
              low.value(),
              OptionalDouble.of(high.value()),
              high.scale(),
              high.currency().isEmpty() ? low.currency() : high.currency(),
              high.percent(),
              false,
              low.plain() && high.plain());
        }
        return null;
      }
      return numberWords
          .parse(w, c)
          .map(
              p ->
                  new Num(
                      p.end(),
                      p.value(),
                      OptionalDouble.empty(),
                      NumberWords.scaleOf(w.get(p.end() - 1)),
                      "",
                      false,
                      true,
                      false))
          .orElse(null);
    }

    /** The number of a matched numeral whose tokens end before {@code tokenEnd}. */
    private Num numeral(Matcher m, int tokenEnd, boolean money) {
      String currency = m.group(1) == null ? "" : m.group(1);
      boolean isMoney = money || !currency.isEmpty();
      double v = Double.parseDouble(m.group(2).replace(",", "") + nz(m.group(3)));
      if (!Double.isFinite(v)) {
        return null; // hundreds of digits are a code or junk, and xsd:decimal has no infinity
      }
      String suffix = nz(m.group(4));
      double scale = 1;
      boolean percent = suffix.equals("%");
      if (!suffix.isEmpty() && !percent) {
        OptionalDouble s = NumberWords.digitScale(suffix, isMoney);
        if (s.isEmpty()) {
          return null; // "40m" without money is a length, "10k" a race: not read here
        }
        scale = s.getAsDouble();
      }
      int end = tokenEnd;
      if (scale == 1 && !percent && end < n) {
        OptionalDouble s = NumberWords.digitScale(w.get(end), isMoney);
        if (s.isPresent()) {
          scale = s.getAsDouble();
          end++;
        }
      }
      boolean plain = m.group(2).indexOf(',') < 0 && m.group(3) == null && suffix.isEmpty();
      return new Num(
          end,
          v * scale,
          OptionalDouble.empty(),
          scale,
          currency,
          percent,
          false,
          plain && scale == 1);
    }

    /** Dates, years, clock times, ages, durations and labels: numbers that are not amounts. */
    private boolean notAnAmount(
        int c, int end, Num num, OptionalDouble upper, String currency, boolean percent) {
      String next = end < n ? w.get(end) : "";
      String prev = c > 0 ? w.get(c - 1) : "";
      if (CLOCK.contains(next)) {
        return true;
      }
      if (!currency.isEmpty() || percent) {
        return false;
      }
      if (isMonth(c - 1) || isMonth(end) || (next.equals("of") && isMonth(end + 1))) {
        return true;
      }
      if (WEEKDAYS.contains(prev)) {
        return true;
      }
      if (num.plain()
          && isYear(num.value())
          && upper.stream().allMatch(QuantityExtractor::isYear)) {
        return true;
      }
      if (TIME_UNITS.contains(next)) {
        return true; // a bare duration ("four days"); an age ("45 years old") too
      }
      if (!num.word() && ID_WORDS.contains(prev)) {
        return true;
      }
      if (prev.equals("of") && c > 1 && w.get(c - 2).equals("age")) {
        return true;
      }
      return num.word() && num.value() == 1 && upper.isEmpty() && next.equals("of");
    }

    /** The end of a noun phrase starting at {@code u}: the token after its last noun. */
    private int nounPhraseEnd(int u) {
      int head = -1;
      for (int j = u; j < n && j - u < 5; j++) {
        String p = toks.get(j).pos();
        String x = w.get(j);
        if (x.equals("per") || isMonth(j) || WEEKDAYS.contains(x) || isNumberAt(j)) {
          break;
        }
        if (p.equals("NOUN") || p.equals("PROPN")) {
          head = j;
          if (isPlural(x)) {
            break; // only the last noun of a compound is plural: "Brazilians cross" is a clause
          }
        } else if (p.equals("ADJ")) {
          continue;
        } else if (p.equals("VERB")
            && head < 0
            && j + 1 < n
            && "NOUN".equals(toks.get(j + 1).pos())
            && (x.endsWith("ed") || x.endsWith("ing"))) {
          continue; // "5,000 displaced people"
        } else {
          break;
        }
      }
      return head < 0 ? u : head + 1;
    }

    /** The time unit of a rate near token {@code r} ("per day", "a week", "... daily"). */
    private String rate(int r, int[] end) {
      String at = rateAt(r, true, end);
      if (!at.isEmpty()) {
        return at;
      }
      for (int k = r; k < n && !CLAUSE_ENDS.contains(w.get(k)) && !isNumberAt(k); k++) {
        String later = rateAt(k, false, new int[1]);
        if (!later.isEmpty()) {
          return later;
        }
      }
      return "";
    }

    private String rateAt(int k, boolean adjacent, int[] end) {
      if (k >= n) {
        return "";
      }
      String x = w.get(k);
      if (RATE_ADVERBS.containsKey(x) && !"ADJ".equals(toks.get(k).pos())) {
        end[0] = k + 1;
        return RATE_ADVERBS.get(x);
      }
      if (k + 1 >= n || !RATE_UNITS.contains(w.get(k + 1))) {
        return "";
      }
      String unit = w.get(k + 1);
      boolean article = x.equals("a") || x.equals("an");
      if (x.equals("per") || x.equals("every") || x.equals("each") || (article && adjacent)) {
        String following = k + 2 < n ? w.get(k + 2) : "";
        if (following.equals("ago") || following.equals("earlier") || following.equals("later")) {
          return "";
        }
        end[0] = k + 2;
        return unit;
      }
      return "";
    }

    /**
     * What the quantity is about: the verb it is subject of (after it) or object of (before it),
     * with its preposition and the next name ("fled into Poland").
     */
    private String about(int start, int after) {
      int k = after;
      while (k < n && (isAux(k) || w.get(k).equals(")") || isRelative(k))) {
        k++;
      }
      if (k < n && "VERB".equals(toks.get(k).pos())) {
        if (RAISING.contains(w.get(k)) && k + 1 < n && w.get(k + 1).equals("to")) {
          int v = k + 2;
          while (v < n && isAux(v)) {
            v++;
          }
          if (v < n && "VERB".equals(toks.get(v).pos())) {
            k = v;
          }
        }
        return verbPhrase(k);
      }
      int b = start - 1;
      int prep = -1;
      for (int steps = 0; b >= 0 && steps < 3; steps++, b--) {
        String p = toks.get(b).pos();
        if (p.equals("VERB")) {
          if (SAYING.contains(w.get(b))) {
            return "";
          }
          return prep < 0 ? text(b) : text(b) + " " + text(prep);
        }
        if (p.equals("ADP") && prep < 0) {
          prep = b;
        } else if (!p.equals("ADV") && !p.equals("DET") && !p.equals("PART")) {
          break;
        }
      }
      return "";
    }

    private String verbPhrase(int v) {
      StringBuilder b = new StringBuilder(text(v));
      int j = v + 1;
      while (j < n && "ADV".equals(toks.get(j).pos()) && !RATE_ADVERBS.containsKey(w.get(j))) {
        j++;
      }
      if (j < n && "ADP".equals(toks.get(j).pos())) {
        j++;
      }
      // the preposition is kept only with its object: "arrived in Chile", not "arrived on"
      String prep = j > v + 1 && "ADP".equals(toks.get(j - 1).pos()) ? " " + text(j - 1) : "";
      for (int k = j; k < n && k < j + 3; k++) {
        if (CLAUSE_ENDS.contains(w.get(k)) || isNumberAt(k)) {
          break;
        }
        Optional<Mention> m = mentionStartingAt(k);
        if (m.isPresent()) {
          return b.append(prep).append(' ').append(m.get().text()).toString();
        }
      }
      int np = j < n && "DET".equals(toks.get(j).pos()) ? j + 1 : j;
      int end = nounPhraseEnd(np);
      if (end > np) {
        b.append(prep).append(' ').append(textOf(j, end));
      }
      return b.toString();
    }

    private Optional<Mention> mentionStartingAt(int k) {
      int begin = toks.get(k).span().begin();
      return mentions.stream().filter(m -> m.span().begin() == begin).findFirst();
    }

    private boolean isNumberAt(int k) {
      if (k < 0 || k >= n) {
        return false;
      }
      String x = w.get(k);
      return NumberWords.isCardinal(x) || (!x.isEmpty() && Character.isDigit(x.charAt(0)));
    }

    private boolean isAux(int k) {
      String p = toks.get(k).pos();
      // the tagger reads "have" in "have entered" as a verb
      boolean auxWord =
          AUX_WORDS.contains(w.get(k)) && k + 1 < n && "VERB".equals(toks.get(k + 1).pos());
      return auxWord || p.equals("AUX") || p.equals("ADV") || p.equals("PART");
    }

    private boolean isPlural(String x) {
      return x.length() > 3 && x.endsWith("s") && !x.endsWith("ss") && !x.endsWith("us");
    }

    private boolean isRelative(int k) {
      String x = w.get(k);
      return x.equals("who") || x.equals("that") || x.equals("which");
    }

    private boolean isMonth(int k) {
      if (k < 0 || k >= n) {
        return false;
      }
      String x = w.get(k);
      // "may" is a month only when capitalised
      return MONTHS.contains(x.endsWith(".") ? x.substring(0, x.length() - 1) : x)
          || text(k).equals("May");
    }

    private String text(int k) {
      return toks.get(k).text();
    }

    /** The covered text of tokens {@code [from, to)}, as written; empty if none. */
    private String textOf(int from, int to) {
      if (to <= from) {
        return "";
      }
      return doc.textOf(new CharSpan(toks.get(from).span().begin(), toks.get(to - 1).span().end()));
    }
  }

  private static boolean isYear(double v) {
    return v >= 1000 && v <= 2100 && v == Math.rint(v);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
