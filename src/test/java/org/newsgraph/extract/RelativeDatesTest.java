package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.DateMention;

/** Date expressions against a fixed article date: Tuesday 12 March 2024. */
class RelativeDatesTest {

  private static final Optional<String> TUESDAY = Optional.of("2024-03-12");

  /** Each expression as {@code covered text = start..end}. */
  private static List<String> rendered(String text, Optional<String> published) {
    return RelativeDates.find(text, published).stream()
        .map(d -> d.span().of(text) + " = " + d.start() + d.end().map(e -> ".." + e).orElse(""))
        .toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The minister resigned on Tuesday.        | on Tuesday = 2024-03-12",
        "Rescuers reached the village Tuesday.    | Tuesday = 2024-03-12",
        "The court ruled on Friday.               | on Friday = 2024-03-08",
        "Voters went to the polls last Friday.    | last Friday = 2024-03-08",
        "The plant shut down last Tuesday.        | last Tuesday = 2024-03-05",
        "He spoke on Wednesday last week.         | on Wednesday last week = 2024-03-06",
        "The river burst its banks yesterday.     | yesterday = 2024-03-11",
        "Exports fell today, officials said.      | today = 2024-03-12",
        "Prices rose last week.                   | last week = 2024-03-04..2024-03-10",
        "Talks resume this week.                  | this week = 2024-03-11..2024-03-17",
        "Over the past week, 300 homes flooded.   | Over the past week = 2024-03-05..2024-03-12",
        "Many fled in the past few days.          | in the past few days = 2024-03-09..2024-03-12",
        "The vote took place on September 21.     | on September 21 = 2023-09-21",
        "The vote took place 21 September.        | 21 September = 2023-09-21",
        "The tariffs start on March 15.           | on March 15 = 2024-03-15",
        "The tariffs were set on 10 March.        | on 10 March = 2024-03-10",
        "It was signed on September 21, 2022.     | on September 21, 2022 = 2022-09-21",
        "It was signed on 21 September 2022.      | on 21 September 2022 = 2022-09-21",
        "Strikes have spread since September 21.  | since September 21 = 2023-09-21..2024-03-12",
        "Aid arrived from 19 to 25 September.     | from 19 to 25 September ="
            + " 2023-09-19..2023-09-25",
        "Aid arrived from March 1 to 7.           | from March 1 to 7 = 2024-03-01..2024-03-07",
        "Talks ran between 19 - 25 September.     | between 19 - 25 September ="
            + " 2023-09-19..2023-09-25",
        "Prices rose since Tuesday 19 of September. | since Tuesday 19 of September ="
            + " 2023-09-19..2024-03-12",
        "Aid came at the end of - - March.        | the end of - - March = 2024-03-01..2024-03-31",
        "Fuel ran short in February.              | in February = 2024-02-01..2024-02-29",
        "The dam was finished in May.             | in May = 2023-05-01..2023-05-31",
        "Shops were looted over the weekend.      | over the weekend = 2024-03-09..2024-03-10",
        "The storm hit on Saturday.               | on Saturday = 2024-03-09",
        "The bridge fell four days ago.           | four days ago = 2024-03-08",
        "Four to five days ago, 50 arrived.       | Four to five days ago = 2024-03-07..2024-03-08",
        "Sales dropped last month.                | last month = 2024-02-01..2024-02-29",
        "Over the last four days, 30 died.        | Over the last four days ="
            + " 2024-03-08..2024-03-12",
        "It shrank over the past couple of months. | over the past couple of months ="
            + " 2024-01-12..2024-03-12",
        "A couple of to a few days ago, it shut.  | A couple of to a few days ago ="
            + " 2024-03-09..2024-03-10",
        "It happened the day before yesterday.    | the day before yesterday = 2024-03-10",
        "Markets fell at THE WEEKEND.             | at THE WEEKEND = 2024-03-09..2024-03-10",
      })
  void resolvesAgainstTheArticleDate(String text, String expected) {
    assertEquals(List.of(expected), rendered(text, TUESDAY));
  }

  @Test
  void dateTimesAreReferencesToo() {
    assertEquals(
        List.of("on Monday = 2024-03-11"),
        rendered("Parliament voted on Monday.", Optional.of("2024-03-12T21:45:00+01:00")));
  }

  @Test
  void undatedArticlesResolveOnlyDatesWithAYear() {
    assertEquals(
        List.of(), rendered("Police arrested him on Tuesday, last week.", Optional.empty()));
    assertEquals(List.of(), rendered("Floods hit on September 21.", Optional.empty()));
    assertEquals(
        List.of("September 21, 2022 = 2022-09-21"),
        rendered("Floods hit September 21, 2022.", Optional.empty()));
  }

  @Test
  void undatedArticlesUseADateTheTextStates() {
    String text =
        "Tuesday 27 September 2022. On Wednesday last week, the president announced the curfew.";
    assertEquals(
        List.of("Tuesday 27 September 2022 = 2022-09-27", "On Wednesday last week = 2022-09-21"),
        rendered(text, Optional.empty()));
  }

  @Test
  void numbersAndModalsAreNotDates() {
    assertEquals(
        List.of(),
        rendered("Some 5,000-6,000 people may march in 20 towns; 4 to 5 left.", TUESDAY));
  }

  @Test
  void nearestPicksTheClosestInTheSentence() {
    String text = "On Monday the court heard the case and on Friday it ruled.";
    List<DateMention> all =
        RelativeDates.find(text, TUESDAY).stream()
            .map(d -> new DateMention(d.span(), 0, d.start(), d.end()))
            .toList();
    int ruled = text.indexOf("ruled");
    Optional<DateMention> d = RelativeDates.nearest(all, 0, new CharSpan(ruled, ruled + 5));
    assertTrue(d.isPresent());
    assertEquals("2024-03-08", d.get().start());
    assertTrue(d.get().isDay());
  }
}
