package org.newsgraph.analyze;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Groups quantity claims across articles into variables and checks whether each group's values
 * agree. Two claims can be one variable when what they count, where, which way and at what rate fit
 * ({@link Variable#fits}), their time spans overlap and are of like length, and their values are
 * within an order of magnitude. Grouping is complete-link and greedy: the most specific claims
 * found the groups, and a claim joins the first group all of whose members it fits, so a claim that
 * leaves its place unsaid cannot bridge two places.
 */
public final class ClaimGrouper {

  /** Values further apart than this factor are not one variable, whatever else fits. */
  static final double MAGNITUDE = 10;

  /** Time spans longer than this factor of another's are different variables. */
  static final double SPAN_RATIO = 2;

  private ClaimGrouper() {}

  /**
   * @param claims every quantity claim in the graph
   * @param independent article IRI → the article it copies (itself if none), for counting
   *     independent sources
   */
  public static List<ClaimGroup> group(
      List<ClaimRecord> claims, Function<String, String> independent) {
    Map<ClaimRecord, Variable> distinct = new LinkedHashMap<>();
    claims.stream()
        .sorted(Comparator.comparing(ClaimRecord::article).thenComparing(ClaimRecord::iri))
        .forEach(c -> distinct.put(c, Variable.of(c)));
    // Looked up for every pair compared: by identity, not by hashing every field of a record.
    Map<ClaimRecord, Variable> vars = new IdentityHashMap<>(distinct);
    List<ClaimRecord> order = new ArrayList<>(distinct.keySet());
    order.sort(Comparator.comparingInt((ClaimRecord c) -> -vars.get(c).specificity()));
    List<List<ClaimRecord>> groups = new ArrayList<>();
    for (ClaimRecord c : order) {
      groups.stream()
          .filter(g -> g.stream().allMatch(m -> sameVariable(c, m, vars)))
          .findFirst()
          .ifPresentOrElse(g -> g.add(c), () -> groups.add(new ArrayList<>(List.of(c))));
    }
    List<ClaimGroup> out = new ArrayList<>();
    for (List<ClaimRecord> g : groups) {
      out.add(summarise(g, independent));
    }
    out.sort(
        Comparator.comparingInt((ClaimGroup g) -> -g.independentSources())
            .thenComparing(ClaimGroup::label)
            .thenComparing(ClaimGroup::key));
    return out;
  }

  private static boolean sameVariable(
      ClaimRecord a, ClaimRecord b, Map<ClaimRecord, Variable> vars) {
    // "1,200 homes, including 300 farms": two numbers in one sentence are two variables.
    return !a.sentence().equals(b.sentence())
        && vars.get(a).fits(vars.get(b))
        && sameMagnitude(a, b)
        && spansOverlap(a, b);
  }

  private static boolean sameMagnitude(ClaimRecord a, ClaimRecord b) {
    double lo = Math.min(a.value(), b.value());
    double hi = Math.max(a.top(), b.top());
    return lo > 0 ? hi / lo <= MAGNITUDE : lo == hi;
  }

  /**
   * Claims over known time spans measure one thing only if the spans overlap and are of like
   * length: a count for one day and a total for a week are different variables.
   */
  private static boolean spansOverlap(ClaimRecord a, ClaimRecord b) {
    if (a.since().isEmpty() || a.until().isEmpty() || b.since().isEmpty() || b.until().isEmpty()) {
      return true;
    }
    long da = days(a.since().get(), a.until().get());
    long db = days(b.since().get(), b.until().get());
    return a.since().get().compareTo(b.until().get()) <= 0
        && b.since().get().compareTo(a.until().get()) <= 0
        && Math.max(da, db) <= SPAN_RATIO * Math.min(da, db);
  }

  /** Days a span covers, both ends included; the shapes make both xsd:date. */
  private static long days(String since, String until) {
    return ChronoUnit.DAYS.between(LocalDate.parse(since), LocalDate.parse(until)) + 1;
  }

  private static ClaimGroup summarise(
      List<ClaimRecord> members, Function<String, String> independent) {
    Set<String> articles = new TreeSet<>();
    Set<String> originals = new TreeSet<>();
    Set<String> claimants = new TreeSet<>();
    for (ClaimRecord c : members) {
      articles.add(c.article());
      originals.add(independent.apply(c.article()));
      if (!c.claimant().isBlank()) {
        claimants.add(c.claimant());
      }
    }
    double min = members.stream().mapToDouble(ClaimRecord::value).min().orElseThrow();
    double max = members.stream().mapToDouble(ClaimRecord::top).max().orElseThrow();
    Interval common = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    for (ClaimRecord c : members) {
      common = common.intersect(Interval.of(c));
    }
    return new ClaimGroup(
        label(members),
        members,
        min,
        max,
        mostCommon(members.stream().map(ClaimRecord::unit).filter(u -> !u.isBlank()).toList()),
        !common.isEmpty(),
        common.isEmpty() ? conflict(members) : agreement(members, common),
        articles.size(),
        originals.size(),
        List.copyOf(claimants));
  }

  /** The unit and "about" of the first member that has one: the most specific claim's words. */
  private static String label(List<ClaimRecord> members) {
    ClaimRecord first =
        members.stream().filter(c -> !c.about().isBlank()).findFirst().orElse(members.get(0));
    String unit =
        first.unit().isBlank()
            ? mostCommon(members.stream().map(ClaimRecord::unit).filter(u -> !u.isBlank()).toList())
            : first.unit();
    String label =
        (unit.isBlank() ? "number" : unit) + (first.about().isBlank() ? "" : " " + first.about());
    return label + (first.per().isBlank() ? "" : " per " + first.per());
  }

  private static String agreement(List<ClaimRecord> members, Interval common) {
    if (members.size() == 1) {
      return "one claim" + dates(members);
    }
    return "compatible: every claim allows "
        + Numbers.format(common.low())
        + (common.high() > common.low() ? "–" + Numbers.format(common.high()) : "")
        + dates(members);
  }

  /** Names the two claims that cannot both be right: the highest floor and the lowest ceiling. */
  private static String conflict(List<ClaimRecord> members) {
    ClaimRecord floor =
        members.stream().max(Comparator.comparingDouble(c -> Interval.of(c).low())).orElseThrow();
    ClaimRecord ceiling =
        members.stream().min(Comparator.comparingDouble(c -> Interval.of(c).high())).orElseThrow();
    String reason =
        "conflict: "
            + describe(floor)
            + " means at least "
            + Numbers.format(Interval.of(floor).low())
            + ", but "
            + describe(ceiling)
            + " means at most "
            + Numbers.format(Interval.of(ceiling).high());
    if (!floor.when().isEmpty()
        && !ceiling.when().isEmpty()
        && !floor.when().equals(ceiling.when())) {
      reason +=
          "; they are for "
              + floor.when()
              + " and "
              + ceiling.when()
              + ", so the number may have changed rather than be disputed";
    }
    return reason;
  }

  private static String describe(ClaimRecord c) {
    return "\""
        + c.render()
        + "\" ("
        + c.source()
        + (c.claimant().isBlank() ? "" : ", " + c.claimant())
        + ")";
  }

  private static String dates(List<ClaimRecord> members) {
    Set<String> dates = new TreeSet<>();
    members.forEach(c -> dates.add(c.when()));
    dates.remove("");
    return dates.size() > 1
        ? "; the claims are for different dates: " + String.join(", ", dates)
        : "";
  }

  private static String mostCommon(List<String> values) {
    Map<String, Long> counts =
        values.stream()
            .collect(Collectors.groupingBy(v -> v, LinkedHashMap::new, Collectors.counting()));
    return counts.entrySet().stream()
        .max(
            Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse("");
  }
}
