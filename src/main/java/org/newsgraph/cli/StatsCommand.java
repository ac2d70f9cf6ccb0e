package org.newsgraph.cli;

import java.util.concurrent.Callable;
import org.apache.jena.query.QueryFactory;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code stats}: what the store holds. */
@Command(name = "stats", description = "Count articles, entities by type and triples in the store.")
final class StatsCommand implements Callable<Integer> {

  private static final String QUERY =
      """
      PREFIX schema: <https://schema.org/>
      SELECT ?what ?count {
        { SELECT ("articles" AS ?what) (COUNT(DISTINCT ?a) AS ?count) { ?a a schema:NewsArticle } }
        UNION
        { SELECT ?what (COUNT(DISTINCT ?e) AS ?count) {
            VALUES (?type ?what) {
              (schema:Person "people") (schema:Organization "organisations")
              (schema:Country "countries") (schema:Place "places") }
            ?e a ?type } GROUP BY ?what }
        UNION
        { SELECT ("triples" AS ?what) (COUNT(*) AS ?count) { ?s ?p ?o } }
      }
      """;

  @Mixin StoreOption store;

  private final Io io;

  StatsCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    try (GraphStore gs = GraphStore.open(store.store)) {
      gs.query(QueryFactory.create(QUERY), GraphStore.ResultFormat.TABLE, io.out());
    }
    io.out().flush();
    return ExitCodes.OK;
  }
}
