package org.newsgraph.report;

import java.util.List;
import java.util.Map;
import org.newsgraph.analyze.Analysis;

/**
 * Everything the report shows.
 *
 * @param analysis claim groups, statements, copies and timeline
 * @param articles the articles, by IRI
 * @param evidence claim, quote and event nodes → the sentence they were read from
 * @param names entity IRIs → the name to show
 * @param people people with their roles, most mentioned first
 */
public record Story(
    Analysis analysis,
    Map<String, Source> articles,
    Map<String, String> evidence,
    Map<String, String> names,
    List<Person> people) {

  public Story {
    articles = Map.copyOf(articles);
    evidence = Map.copyOf(evidence);
    names = Map.copyOf(names);
    people = List.copyOf(people);
  }

  /** An article as a reader knows it: where it is from and when. */
  public record Source(String name, String publisher, String date, String title) {}

  /** A person, their roles ("Mayor of Springfield") and in how many articles they appear. */
  public record Person(String name, List<String> roles, int articles) {
    public Person {
      roles = List.copyOf(roles);
    }
  }
}
