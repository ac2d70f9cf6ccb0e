package org.newsgraph.analyze;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the articles say together.
 *
 * @param claims quantity claims grouped into variables, most independently corroborated first
 * @param copies articles that copy another
 * @param statements quotes grouped into statements, most versions first
 * @param timeline dated events, earliest first
 */
public record Analysis(
    List<ClaimGroup> claims,
    List<Copy> copies,
    List<Statement> statements,
    List<TimelineEntry> timeline) {

  public Analysis {
    claims = List.copyOf(claims);
    copies = List.copyOf(copies);
    statements = List.copyOf(statements);
    timeline = List.copyOf(timeline);
  }

  /** Analyses everything the graph holds; copies are found first so claims count originals. */
  public static Analysis of(
      List<ArticleText> articles,
      List<ClaimRecord> claims,
      List<QuoteRecord> quotes,
      List<EventRecord> events) {
    List<Copy> copies = CopyDetector.find(articles);
    Map<String, String> original = new HashMap<>();
    copies.forEach(c -> original.put(c.article(), c.copyOf()));
    return new Analysis(
        ClaimGrouper.group(claims, a -> original.getOrDefault(a, a)),
        copies,
        StatementGrouper.group(quotes),
        Timeline.build(events));
  }
}
