package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PeopleListingTest {

  /** One line per person: "person name articles [role of, role, ...]". */
  static String render(List<PeopleListing.Listed> listed) {
    return listed.stream()
        .map(
            p ->
                p.person()
                    + " "
                    + p.name()
                    + " "
                    + p.articles()
                    + " "
                    + p.posts().stream()
                        .map(o -> o.role() + o.roleOf().map(of -> " of " + of).orElse(""))
                        .collect(Collectors.joining(", ", "[", "]")))
        .collect(Collectors.joining("\n"));
  }

  @Test
  void entityNamesKeepEachNameOnceAndKnowTheLeast() {
    EntityNames names = new EntityNames();
    names.add("x", "Zeta");
    names.add("x", "Alpha");
    names.add("x", "Zeta");
    names.add("y", "Only");
    assertEquals(Optional.of("Alpha"), names.least("x"));
    assertEquals(List.of("Alpha", "Zeta"), List.copyOf(names.all("x")));
    assertEquals(Map.of("x", "Alpha", "y", "Only"), names.leastNames());
    assertEquals(Set.of(), names.all("z"));
    assertEquals(Optional.empty(), names.least("z"));
  }

  @Test
  void mergedNodesAreOnePersonCountingEachArticleOnce() {
    EntityNames names = new EntityNames();
    names.add("p/toqaev", "Toqaev");
    names.add("p/tokayev", "Kassym-Jomart Tokayev");
    PeopleListing people = new PeopleListing(Map.of("p/toqaev", "p/tokayev"), names);
    people.mentioned("a1", "p/tokayev");
    people.mentioned("a1", "p/toqaev");
    people.mentioned("a2", "p/toqaev");
    people.mentioned("a3", "p/tokayev");
    assertEquals("p/tokayev Kassym-Jomart Tokayev 3 []", render(people.list(Map.of())));
    assertEquals(
        "p/tokayev Tokayev, K.-J. 3 []",
        render(people.list(Map.of("p/tokayev", "Tokayev, K.-J."))));
  }

  @Test
  void theLeastNameOfThePersonsNodesWithoutAPreferredOne() {
    EntityNames names = new EntityNames();
    names.add("p/b", "Bea Novak");
    names.add("p/b", "Beatrice Novak");
    names.add("p/a", "Beatrix Novak");
    PeopleListing people = new PeopleListing(Map.of("p/a", "p/b"), names);
    people.mentioned("a1", "p/a");
    people.mentioned("a2", "p/b");
    assertEquals("p/b Bea Novak 2 []", render(people.list(Map.of())));
  }

  @Test
  void aRoleWithoutWhatItIsOfIsDroppedWhenTheSameRoleIsStatedWithOne() {
    EntityNames names = new EntityNames();
    names.add("p/v", "Vakhtang Gomelauri");
    names.add("c/GE", "Georgia");
    names.add("c/GE", "Sakartvelo");
    PeopleListing people = new PeopleListing(Map.of(), names);
    people.mentioned("a1", "p/v");
    people.roleLabel("role/interior-minister", "Interior Minister");
    people.roleLabel("role/colonel", "Colonel");
    people.membership("p/v", "role/interior-minister", Optional.of("c/GE"), Optional.empty());
    people.membership("p/v", "role/interior-minister", Optional.empty(), Optional.empty());
    people.membership("p/v", "role/colonel", Optional.empty(), Optional.empty());
    people.membership("p/v", "role/colonel", Optional.empty(), Optional.of("the army"));
    people.membership("p/v", "role/spokesman", Optional.empty(), Optional.empty());
    people.author("p/v");
    assertEquals(
        "p/v Vakhtang Gomelauri 1 [Colonel of the army, Interior Minister of Georgia,"
            + " Interior Minister of Sakartvelo, author]",
        render(people.list(Map.of())));
  }

  @Test
  void postsOfMergedNodesAreThePersonsAndOnlyPeopleInSomeArticleAreListed() {
    EntityNames names = new EntityNames();
    names.add("p/full", "Marat Akhmetzhanov");
    names.add("p/short", "Akhmetzhanov");
    names.add("p/absent", "Nobody Here");
    PeopleListing people = new PeopleListing(Map.of("p/short", "p/full"), names);
    people.mentioned("a1", "p/full");
    people.roleLabel("role/minister", "Minister");
    people.membership("p/short", "role/minister", Optional.empty(), Optional.of("Kazakhstan"));
    people.membership("p/full", "role/minister", Optional.empty(), Optional.empty());
    people.membership("p/absent", "role/minister", Optional.empty(), Optional.empty());
    assertEquals(
        "p/full Marat Akhmetzhanov 1 [Minister of Kazakhstan]", render(people.list(Map.of())));
  }
}
