package org.newsgraph.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

  @Test
  void undatedReportsJoinTheDatedEntryTheyMatch() {
    List<TimelineEntry> t =
        Timeline.build(
            List.of(
                new EventRecord(
                    "urn:e1",
                    "urn:a",
                    "announcement",
                    "government announced emergency aid",
                    "2023-06-12",
                    "urn:gov"),
                new EventRecord(
                    "urn:e2",
                    "urn:b",
                    "announcement",
                    "government announces emergency aid",
                    "",
                    "urn:gov"),
                new EventRecord(
                    "urn:e3",
                    "urn:b",
                    "announcement",
                    "government announced curfew",
                    "",
                    "urn:gov"),
                new EventRecord(
                    "urn:e4", "urn:c", "disaster", "river burst its banks", "2023-06-10", "")));
    assertEquals(2, t.size(), t::toString);
    assertEquals("2023-06-10", t.get(0).date());
    assertEquals("government announced emergency aid", t.get(1).label());
    assertEquals(2, t.get(1).sources());
  }
}
