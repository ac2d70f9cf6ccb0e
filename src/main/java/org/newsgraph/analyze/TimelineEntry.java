package org.newsgraph.analyze;

import java.util.List;

/**
 * One dated happening, as one or more articles report it.
 *
 * @param date ISO date
 * @param type event type
 * @param label the label of its first dated report
 * @param reports the events that report it: dated ones first, then undated ones that match
 * @param sources how many articles report it
 */
public record TimelineEntry(
    String date, String type, String label, List<EventRecord> reports, int sources) {

  public TimelineEntry {
    reports = List.copyOf(reports);
  }

  /** A key from the reports alone, stable across builds, for minting the entry's IRI. */
  public String key() {
    return date + " " + String.join(" ", reports.stream().map(EventRecord::iri).sorted().toList());
  }
}
