package org.newsgraph.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Orders what happened by date. Dated events of one type by one agent on one day are one entry; an
 * undated report joins the entry of the same type and agent whose label it matches in at least
 * {@link #THRESHOLD} of its content words ("governor declared a state of emergency" in an article
 * that does not say when), so the entry counts every article that reports it. Undated events that
 * match nothing stay off the timeline.
 */
public final class Timeline {

  /** Share of the shorter label's content words the other must contain. */
  static final double THRESHOLD = 0.75;

  private Timeline() {}

  /** The timeline, earliest first. */
  public static List<TimelineEntry> build(List<EventRecord> events) {
    List<EventRecord> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(EventRecord::article).thenComparing(EventRecord::iri));
    Map<String, List<EventRecord>> entries = new LinkedHashMap<>();
    for (EventRecord e : sorted) {
      if (!e.date().isEmpty()) {
        entries
            .computeIfAbsent(e.date() + " " + e.type() + " " + e.agent(), k -> new ArrayList<>())
            .add(e);
      }
    }
    for (EventRecord e : sorted) {
      if (e.date().isEmpty() && !e.agent().isEmpty()) {
        entries.values().stream()
            .filter(reports -> matches(e, reports.get(0)))
            .findFirst()
            .ifPresent(reports -> reports.add(e));
      }
    }
    List<TimelineEntry> out = new ArrayList<>();
    for (List<EventRecord> reports : entries.values()) {
      EventRecord first = reports.get(0);
      Set<String> articles = new TreeSet<>();
      reports.forEach(r -> articles.add(r.article()));
      out.add(
          new TimelineEntry(first.date(), first.type(), first.label(), reports, articles.size()));
    }
    out.sort(
        Comparator.comparing(TimelineEntry::date)
            .thenComparingInt(t -> -t.sources())
            .thenComparing(TimelineEntry::key));
    return out;
  }

  private static boolean matches(EventRecord undated, EventRecord dated) {
    return undated.type().equals(dated.type())
        && undated.agent().equals(dated.agent())
        && Words.overlap(Words.contentStems(undated.label()), Words.contentStems(dated.label()))
            >= THRESHOLD;
  }
}
