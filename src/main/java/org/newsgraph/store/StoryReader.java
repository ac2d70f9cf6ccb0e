package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.analyze.Analysis;
import org.newsgraph.report.Story;

/**
 * Reads what the story report shows: the analysis (recomputed from the same records that built the
 * analysis graph, so they agree), the sentence behind every fact, the articles, names and people.
 */
public final class StoryReader {

  private static final String PREFIXES =
      """
      PREFIX schema: <https://schema.org/>
      PREFIX ng: <https://newsgraph.org/ns#>
      PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
      """;

  private static final String EVIDENCE =
      PREFIXES
          + """
          SELECT ?x ?sentence {
            { ?x a schema:Claim } UNION { ?x a schema:Event }
            ?x nif:sentence/nif:anchorOf ?sentence .
          }
          """;

  private static final String ARTICLES =
      PREFIXES
          + """
          SELECT ?a ?source (MIN(?p) AS ?publisher) (MIN(STR(?d)) AS ?date) (MIN(?t) AS ?title) {
            ?a a schema:NewsArticle ; ng:sourceName ?source .
            OPTIONAL { ?a schema:publisher/schema:name ?p }
            OPTIONAL { ?a schema:datePublished ?d }
            OPTIONAL { ?a schema:headline ?t }
          } GROUP BY ?a ?source
          """;

  private static final String NAMES =
      PREFIXES
          + """
          SELECT ?e (COALESCE(MIN(?preferred), MIN(?n)) AS ?name) {
            ?e schema:name ?n . OPTIONAL { ?e ng:preferredName ?preferred }
            FILTER(STRSTARTS(STR(?e), "https://newsgraph.org/id/"))
          } GROUP BY ?e
          """;

  private final GraphStore store;

  public StoryReader(GraphStore store) {
    this.store = store;
  }

  /** The story as the store holds it now. */
  public Story read() {
    AnalysisReader r = new AnalysisReader(store);
    Analysis analysis = Analysis.of(r.articles(), r.claims(), r.quotes(), r.events());
    Map<String, String> evidence = new HashMap<>();
    store.select(
        EVIDENCE, row -> evidence.put(Solutions.iri(row, "x"), Solutions.text(row, "sentence")));
    Map<String, Story.Source> articles = new HashMap<>();
    store.select(
        ARTICLES,
        row -> {
          String date = Solutions.text(row, "date");
          articles.put(
              Solutions.iri(row, "a"),
              new Story.Source(
                  Solutions.text(row, "source"),
                  Solutions.text(row, "publisher"),
                  date.length() > 10 ? date.substring(0, 10) : date,
                  Solutions.text(row, "title")));
        });
    Map<String, String> names = new HashMap<>();
    store.select(NAMES, row -> names.put(Solutions.iri(row, "e"), Solutions.text(row, "name")));
    return new Story(analysis, articles, evidence, names, people());
  }

  /** People and their roles, through the canned query, so the report and {@code people} agree. */
  private List<Story.Person> people() {
    Map<String, String> name = new LinkedHashMap<>();
    Map<String, List<String>> roles = new HashMap<>();
    Map<String, Integer> count = new HashMap<>();
    store.select(
        cannedQuery("people"),
        row -> {
          String p = Solutions.iri(row, "person");
          name.put(p, Solutions.text(row, "name"));
          count.put(p, row.getLiteral("articles").getInt());
          List<String> rs = roles.computeIfAbsent(p, k -> new ArrayList<>());
          if (!Solutions.text(row, "role").isEmpty()) {
            rs.add(
                Solutions.text(row, "role")
                    + (Solutions.text(row, "roleOf").isEmpty()
                        ? ""
                        : " of " + Solutions.text(row, "roleOf")));
          }
        });
    List<Story.Person> out = new ArrayList<>();
    name.forEach((p, n) -> out.add(new Story.Person(n, roles.get(p), count.get(p))));
    return out;
  }

  private static String cannedQuery(String name) {
    try (InputStream in =
        StoryReader.class.getClassLoader().getResourceAsStream("queries/" + name + ".rq")) {
      if (in == null) {
        throw new IllegalStateException("canned query " + name + " missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
