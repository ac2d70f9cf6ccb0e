package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PersonMergerTest {

  static PersonRecord p(String iri, int articles, Set<String> contexts, String... names) {
    Map<String, Integer> m = new java.util.HashMap<>();
    for (String n : names) {
      m.put(n, 1);
    }
    return new PersonRecord(iri, m, contexts, articles);
  }

  static String merges(PersonRecord... people) {
    return new PersonMerger()
        .merge(List.of(people)).stream()
            .map(m -> m.from() + ">" + m.into() + " " + m.method())
            .collect(Collectors.joining("; "));
  }

  @Test
  void spellingsThatOnlySoundAlikeMerge() {
    assertEquals(
        "b>a double-metaphone",
        merges(p("a", 3, Set.of(), "Muammar Gaddafi"), p("b", 1, Set.of(), "Moammar Qadhafi")));
  }

  @Test
  void aSurnameAloneJoinsTheOnePersonItFits() {
    assertEquals(
        "s>t romanisation",
        merges(p("t", 4, Set.of(), "Kassym-Jomart Tokayev"), p("s", 1, Set.of(), "Toqaev")));
  }

  @Test
  void twoPeopleWhoShareASurnameStayApartAndASurnameAloneJoinNeither() {
    assertEquals(
        "",
        merges(
            p("a", 2, Set.of(), "Anna Novak"),
            p("b", 2, Set.of(), "Peter Novak"),
            p("c", 1, Set.of(), "Novak")));
  }

  @Test
  void fullNamedRelativesStayApartThoughBothAreAlsoCalledBySurname() {
    assertEquals(
        "",
        merges(
            p("h", 3, Set.of(), "Henry Mwangi", "Mwangi"),
            p("a", 1, Set.of(), "Ann Mwangi", "Mwangi")));
  }

  @Test
  void conflictingPostsKeepNamesakesApart() {
    assertEquals(
        "",
        merges(
            p("a", 2, Set.of("country/KE"), "John Mwangi"),
            p("b", 1, Set.of("org/kenya-airways"), "John Mwangi")));
    assertEquals(
        "b>a romanisation",
        merges(
            p("a", 2, Set.of("country/KE"), "John Mwangi"),
            p("b", 1, Set.of("country/KE", "org/x"), "John Mwangi")));
  }

  @Test
  void theResultDoesNotDependOnOrderAndExplainsItself() {
    List<PersonRecord> people =
        new ArrayList<>(
            List.of(
                p("x", 1, Set.of(), "Sergey Lavrov"),
                p("y", 5, Set.of(), "Sergei Lavrov"),
                p("z", 1, Set.of(), "Lavrov")));
    List<Merge> first = new PersonMerger().merge(people);
    Collections.reverse(people);
    assertEquals(first, new PersonMerger().merge(people));
    assertEquals(2, first.size(), first::toString);
    assertTrue(first.stream().allMatch(m -> m.into().equals("y")), first::toString);
    assertTrue(first.get(0).evidence().contains("Lavrov"), first.get(0).evidence());
  }

  @Test
  void thePreferredNameIsTheMostStatedThenTheLongest() {
    assertEquals(
        "Kassym-Jomart Tokayev",
        PersonMerger.preferredName(
            Map.of("Qasym-Zhomart Toqaev", 1, "Kassym-Jomart Tokayev", 4, "Tokayev", 4)));
  }
}
