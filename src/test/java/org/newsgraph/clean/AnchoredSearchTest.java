package org.newsgraph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AnchoredSearchTest {

  /** "since 3 of May", "4 June", "Tuesday, 5-6 July": a capitalised word after a day. */
  private static final Pattern DAY_THEN_NAME =
      Pattern.compile(
          "\\b(?:(?i:since)\\s+)?(?:[A-Z][a-z]+,?\\s+)?\\d{1,2}(?:-\\d{1,2})?\\s+"
              + "(?:of\\s+)?[A-Z][a-z]+");

  /** Anchors at capital letters; at most four gaps stand before the first in a match. */
  private static final AnchoredSearch SEARCH =
      new AnchoredSearch(DAY_THEN_NAME, AnchoredSearchTest::nextCapital, 4);

  private static int nextCapital(CharSequence text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> searched(CharSequence text) {
    List<String> out = new ArrayList<>();
    SEARCH.forEach(text, m -> out.add(m.start() + " " + m.group()));
    return out;
  }

  private static List<String> found(CharSequence text) {
    List<String> out = new ArrayList<>();
    Matcher m = DAY_THEN_NAME.matcher(text);
    while (m.find()) {
      out.add(m.start() + " " + m.group());
    }
    return out;
  }

  @Test
  void findsWhatASearchFinds() {
    for (String text :
        List.of(
            "since 3 of May and\t4   June, since\n\n12 of\nAugust; 13May 14 may 15 June",
            "Tuesday, 5-6 July. SINCE Monday 7 of July 8 - 9 Dec",
            "no match here at All",
            "")) {
      assertEquals(found(text), searched(text), text);
    }
    assertEquals(
        List.of("0 since 3 of May", "19 4   June"), searched("since 3 of May and\t4   June"));
  }

  @Test
  void trustsTheGapsItIsGiven() {
    // "since 3 of May" has three gaps before its capital: declared two, the search starts later.
    AnchoredSearch tooFew = new AnchoredSearch(DAY_THEN_NAME, AnchoredSearchTest::nextCapital, 2);
    List<String> out = new ArrayList<>();
    tooFew.forEach("since 3 of May", m -> out.add(m.start() + " " + m.group()));
    assertEquals(List.of("6 3 of May"), out);
    assertEquals(List.of("0 since 3 of May"), searched("since 3 of May"));
  }
}
