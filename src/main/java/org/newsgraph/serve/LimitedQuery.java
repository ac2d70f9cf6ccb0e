package org.newsgraph.serve;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's query operation with limits a client cannot lift: every query is cancelled after the
 * timeout (a {@code timeout} request parameter is ignored, so it cannot ask for more), and SELECT,
 * CONSTRUCT and DESCRIBE return at most {@code maxResults} solutions, as if the query said {@code
 * LIMIT maxResults}.
 */
final class LimitedQuery extends SPARQL_QueryDataset {

  private final Duration timeout;
  private final long maxResults;

  LimitedQuery(Duration timeout, long maxResults) {
    this.timeout = timeout;
    this.maxResults = maxResults;
  }

  @Override
  protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
    return QueryExec.newBuilder()
        .dataset(dataset)
        .query(limited(query))
        .context(action.getContext())
        .overallTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .build();
  }

  private Query limited(Query query) {
    if (query.isAskType() || (query.hasLimit() && query.getLimit() <= maxResults)) {
      return query;
    }
    Query copy = query.cloneQuery();
    copy.setLimit(maxResults);
    return copy;
  }
}
