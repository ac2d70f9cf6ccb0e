package org.newsgraph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "date 2021-03-04                      | 2021-03-04",
        "Wednesday 3 March 2021 08:15 BST     | 2021-03-03T08:15:00+01:00",
        "Thu 4 March 2021 18:05 GMT           | 2021-03-04T18:05:00Z",
        "Status: 03/04/2021 4:07 p.m          | 2021-03-04",
        "4 March 2021, 16:07                  | 2021-03-04",
        "March 4, 2021                        | 2021-03-04",
        "Mar. 4th, 2021                       | 2021-03-04",
        "Published: 4 Sept 2021               | 2021-09-04",
        "2021-03-04T16:07:00Z                 | 2021-03-04T16:07:00Z",
        "2021-03-04T16:07:00.123+02:00        | 2021-03-04T16:07:00+02:00",
        "2021-03-04 16:07 UTC+3               | 2021-03-04T16:07:00+03:00",
        "Updated 04.03.2021 16:07 CET         | 2021-03-04T16:07:00+01:00",
        "March 4, 2021 at 4:07 pm EST         | 2021-03-04T16:07:00-05:00",
        "March 4, 2021 12:30 a.m. PDT         | 2021-03-04T00:30:00-07:00",
        "25/12/2020                           | 2020-12-25",
      })
  void normalisesEveryStyle(String text, String iso) {
    assertEquals(Optional.of(iso), Dates.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "September 27",
        "30 February 2021",
        "On 4 March 2021 the council met.",
        "13/13/2021",
        "2021",
        ""
      })
  void rejectsWhatIsNotOnlyADate(String text) {
    assertEquals(Optional.empty(), Dates.parse(text));
  }

  @Test
  void findsDatesInsideText() {
    List<Dates.Found> found =
        Dates.findAll("The talks began on 4 March 2021 and ended on March 9, 2021.");
    assertEquals(2, found.size());
    assertEquals(new Dates.Found(19, 31, "2021-03-04", false), found.get(0));
    assertEquals("2021-03-09", found.get(1).iso());
  }

  @Test
  void findsDatesWrittenInAnyCase() {
    assertEquals(
        List.of(new Dates.Found(0, 32, "2024-03-12", true)),
        Dates.findAll("PUBLISHED: TUESDAY 12 MARCH 2024 and then"));
  }

  @Test
  void findsDatesWithTheLongestLeadBeforeTheirYear() {
    assertEquals(
        List.of(new Dates.Found(2, 55, "2024-03-12", true)),
        Dates.findAll("x Last updated \t:\n on  Tuesday,\t12th  of \n March   2024 y"));
  }

  @Test
  void aDateNeedsAFourDigitYear() {
    assertEquals(List.of(), Dates.findAll("Talks on 12 March 24 and on 03/12/24, ref 123."));
    assertEquals(
        List.of("2024-03-12"),
        Dates.findAll("Case 12345 was heard on 12 March 2024.").stream()
            .map(Dates.Found::iso)
            .toList());
  }

  @Test
  void labelIsPartOfTheMatch() {
    Dates.Found f = Dates.findAll("date 2021-03-04 Get our alerts").get(0);
    assertEquals(new Dates.Found(0, 15, "2021-03-04", true), f);
  }
}
