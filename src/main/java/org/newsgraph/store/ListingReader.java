package org.newsgraph.store;

import java.util.Optional;
import java.util.Set;
import org.newsgraph.resolve.EntityNames;
import org.newsgraph.resolve.PeopleListing;

/**
 * Reads from the article graphs, one at a time ({@link GraphStore#selectPerArticle}), what the
 * canned lists show once per entity: every entity's names, the nodes that claim something, and the
 * people listing's articles, authors and posts. Reading grows linearly with the store and holds
 * only per-entity facts.
 */
public final class ListingReader {

  private static final String FACTS =
      """
      PREFIX schema: <https://schema.org/>
      PREFIX ng: <https://newsgraph.org/ns#>
      PREFIX org: <http://www.w3.org/ns/org#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      SELECT DISTINCT ?kind ?a ?e ?n ?r ?o ?w {
        { VALUES ?t { schema:Person schema:Organization schema:Country schema:Place }
          ?e a ?t ; schema:name ?n . BIND("name" AS ?kind) }
        UNION
        { { ?a schema:mentions ?e } UNION { ?a schema:author ?e }
          ?e a schema:Person . BIND("article" AS ?kind) }
        UNION
        { ?a schema:author ?e . ?e a schema:Person . BIND("author" AS ?kind) }
        UNION
        { ?m org:member ?e ; org:role ?r . ?e a schema:Person .
          OPTIONAL { ?m org:organization ?o } OPTIONAL { ?m ng:roleOfText ?w }
          BIND("post" AS ?kind) }
        UNION
        { ?r skos:prefLabel ?n . BIND("label" AS ?kind) }
        UNION
        { [] ng:claimant ?e . BIND("claimant" AS ?kind) }
      }
      """;

  private final GraphStore store;

  public ListingReader(GraphStore store) {
    this.store = store;
  }

  /**
   * Fills {@code names}, {@code people} and {@code claimants} (the nodes that are the {@code
   * ng:claimant} of a number or quote) from every article graph.
   */
  public void read(EntityNames names, PeopleListing people, Set<String> claimants) {
    store.selectPerArticle(
        FACTS,
        r -> {
          switch (Solutions.text(r, "kind")) {
            case "name" -> names.add(Solutions.iri(r, "e"), Solutions.text(r, "n"));
            case "article" -> people.mentioned(Solutions.iri(r, "a"), Solutions.iri(r, "e"));
            case "author" -> people.author(Solutions.iri(r, "e"));
            case "post" ->
                people.membership(
                    Solutions.iri(r, "e"),
                    Solutions.iri(r, "r"),
                    Optional.ofNullable(r.get("o")).map(o -> Solutions.iri(r, "o")),
                    Optional.ofNullable(r.get("w")).map(w -> Solutions.text(r, "w")));
            case "label" -> people.roleLabel(Solutions.iri(r, "r"), Solutions.text(r, "n"));
            case "claimant" -> claimants.add(Solutions.iri(r, "e"));
            default -> throw new IllegalStateException("unexpected row " + r);
          }
        });
  }
}
