package org.newsgraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.newsgraph.analyze.ArticleText;
import org.newsgraph.analyze.ClaimRecord;
import org.newsgraph.analyze.EventRecord;
import org.newsgraph.analyze.PlaceMention;
import org.newsgraph.analyze.QuoteRecord;

/**
 * Reads from the article graphs what analysis across articles needs: article texts, quantity claims
 * with the places their sentences name, quotes and events. People are read as their canonical node
 * from the resolution graph ({@code owl:sameAs}), so one speaker is one node across articles. Each
 * query runs on one article graph at a time ({@link GraphStore#selectPerArticle}), so reading grows
 * linearly with the store.
 */
public final class AnalysisReader {

  private static final String PREFIXES =
      """
      PREFIX schema: <https://schema.org/>
      PREFIX ng: <https://newsgraph.org/ns#>
      PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
      PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
      PREFIX owl: <http://www.w3.org/2002/07/owl#>
      """;

  /** Binds ?VAR to the canonical node of ?VAR0: its owl:sameAs among our own nodes, else itself. */
  private static String canonical(String var) {
    return "OPTIONAL { ?%1$s0 owl:sameAs ?%1$sc FILTER(STRSTARTS(STR(?%1$sc), \"https://newsgraph.org/id/\")) }\n  BIND(COALESCE(?%1$sc, ?%1$s0) AS ?%1$s)"
        .formatted(var);
  }

  private static final String ARTICLES =
      PREFIXES
          + """
          SELECT ?a ?text (MIN(STR(?d)) AS ?date) {
            ?a a schema:NewsArticle ; nif:isString ?text . OPTIONAL { ?a schema:datePublished ?d }
          } GROUP BY ?a ?text
          """;

  private static final String CLAIMS =
      PREFIXES
          + """
          SELECT ?q ?a ?src ?value ?upper ?approx ?vague ?hedge ?unit ?per ?about ?since ?until
                 (MIN(STR(?d)) AS ?date) ?qe ?s ?sb ?stext
                 (COALESCE(MIN(?pn), MIN(?cn), MIN(?n0), MIN(?ct)) AS ?claimant) {
            ?q a schema:QuantitativeValue ; schema:value ?value ; ng:approx ?approx ;
               nif:endIndex ?qe ; nif:sentence ?s ; nif:referenceContext ?a .
            ?s nif:beginIndex ?sb ; nif:anchorOf ?stext .
            ?a ng:sourceName ?src .
            OPTIONAL { ?a schema:datePublished ?d }
            OPTIONAL { ?q schema:maxValue ?upper } OPTIONAL { ?q ng:vague ?vague }
            OPTIONAL { ?q ng:hedge ?hedge } OPTIONAL { ?q schema:unitText ?unit }
            OPTIONAL { ?q ng:per ?per } OPTIONAL { ?q ng:about ?about }
            OPTIONAL { ?q ng:since ?since } OPTIONAL { ?q ng:until ?until }
            OPTIONAL { ?q ng:claimantText ?ct }
            OPTIONAL { ?q ng:claimant ?c0 . OPTIONAL { ?c0 schema:name ?n0 }
              %s
              OPTIONAL { ?c ng:preferredName ?pn } OPTIONAL { ?c schema:name ?cn } }
          } GROUP BY ?q ?a ?src ?value ?upper ?approx ?vague ?hedge ?unit ?per ?about ?since ?until
                     ?qe ?s ?sb ?stext
          """
              .formatted(canonical("c"));

  private static final String PLACES =
      PREFIXES
          + """
          SELECT ?s ?a ?anchor ?begin ?place {
            ?m a ng:Mention ; nif:sentence ?s ; nif:anchorOf ?anchor ; nif:beginIndex ?begin ;
               itsrdf:taIdentRef ?e ; nif:referenceContext ?a .
            { ?e a schema:Country } UNION { ?e a schema:Place }
            OPTIONAL { ?e schema:containedInPlace ?in }
            BIND(COALESCE(?in, ?e) AS ?place)
          }
          """;

  private static final String QUOTES =
      PREFIXES
          + """
          SELECT ?q ?a ?text ?p {
            ?q a schema:Quotation ; schema:text ?text ; nif:referenceContext ?a .
            OPTIONAL { ?q ng:claimant ?p0 . %s }
          }
          """
              .formatted(canonical("p"));

  private static final String EVENTS =
      PREFIXES
          + """
          SELECT ?e ?a ?type ?label ?date ?g {
            ?e a schema:Event ; ng:eventType ?type ; schema:name ?label ; nif:referenceContext ?a .
            OPTIONAL { ?e schema:startDate ?date }
            OPTIONAL { ?e ng:agent ?g0 . %s }
          }
          """
              .formatted(canonical("g"));

  private static final String CLAIMANT_NODES =
      PREFIXES
          + """
          SELECT ?q ?c ?a ?src ?b {
            ?q a schema:QuantitativeValue ; ng:claimant ?c ; nif:beginIndex ?b ;
               nif:referenceContext ?a .
            ?a ng:sourceName ?src .
          }
          """;

  private static final String SOURCES =
      PREFIXES
          + """
          SELECT ?a ?src { GRAPH ?a { ?a ng:sourceName ?src } }
          """;

  private static final String CLAIMANT_NAMES =
      PREFIXES
          + """
          SELECT ?c ?n { GRAPH <https://newsgraph.org/graph/resolution> { ?c ng:claimantName ?n } }
          """;

  private final GraphStore store;

  public AnalysisReader(GraphStore store) {
    this.store = store;
  }

  /** Every article's cleaned text. */
  public List<ArticleText> articles() {
    List<ArticleText> out = new ArrayList<>();
    store.selectPerArticle(
        ARTICLES,
        r ->
            out.add(
                new ArticleText(
                    Solutions.iri(r, "a"), Solutions.text(r, "date"), Solutions.text(r, "text"))));
    return out;
  }

  /** Every quantity claim, with the countries and places its sentence names. */
  public List<ClaimRecord> claims() {
    Map<String, List<Mention>> places = new HashMap<>();
    Map<String, List<Mention>> byArticle = new HashMap<>();
    store.selectPerArticle(
        PLACES,
        r -> {
          Mention m =
              new Mention(
                  Solutions.text(r, "anchor"),
                  r.getLiteral("begin").getInt(),
                  Solutions.iri(r, "place"));
          places.computeIfAbsent(Solutions.iri(r, "s"), k -> new ArrayList<>()).add(m);
          byArticle.computeIfAbsent(Solutions.iri(r, "a"), k -> new ArrayList<>()).add(m);
        });
    List<ClaimRecord> out = new ArrayList<>();
    store.selectPerArticle(
        CLAIMS,
        r -> {
          String sentence = Solutions.text(r, "stext");
          int end = r.getLiteral("qe").getInt();
          int sentenceBegin = r.getLiteral("sb").getInt();
          int cut = Math.max(0, Math.min(sentence.length(), end - sentenceBegin));
          List<PlaceMention> named = new ArrayList<>();
          for (Mention m : places.getOrDefault(Solutions.iri(r, "s"), List.of())) {
            named.add(new PlaceMention(m.anchor(), m.place(), m.begin() >= end));
          }
          out.add(
              new ClaimRecord(
                  Solutions.iri(r, "q"),
                  Solutions.iri(r, "a"),
                  Solutions.text(r, "src"),
                  Solutions.iri(r, "s"),
                  r.getLiteral("value").getDouble(),
                  optional(r, "upper").map(n -> n.asLiteral().getDouble()),
                  Solutions.text(r, "approx"),
                  r.contains("vague") && r.getLiteral("vague").getBoolean(),
                  Solutions.text(r, "hedge"),
                  Solutions.text(r, "unit"),
                  Solutions.text(r, "per"),
                  Solutions.text(r, "about"),
                  sentence.substring(cut),
                  Solutions.text(r, "claimant"),
                  optional(r, "since").map(n -> n.asLiteral().getLexicalForm()),
                  optional(r, "until").map(n -> n.asLiteral().getLexicalForm()),
                  Optional.of(day(Solutions.text(r, "date"))).filter(d -> !d.isEmpty()),
                  named,
                  before(byArticle.getOrDefault(Solutions.iri(r, "a"), List.of()), sentenceBegin)));
        });
    return out;
  }

  /**
   * Who a quantity claim names as its claimant, and where the claim is: its article's source name,
   * the article and the claim's offset in the text.
   */
  public record Claimant(String node, String source, String article, int begin) {}

  /** The claimant of every quantity claim that names one, by claim IRI. */
  public Map<String, Claimant> claimants() {
    Map<String, Claimant> out = new HashMap<>();
    store.selectPerArticle(
        CLAIMANT_NODES,
        r ->
            out.put(
                Solutions.iri(r, "q"),
                new Claimant(
                    Solutions.iri(r, "c"),
                    Solutions.text(r, "src"),
                    Solutions.iri(r, "a"),
                    r.getLiteral("b").getInt())));
    return out;
  }

  /**
   * The names each claimant node is listed under ({@code ng:claimantName}), sorted, as the
   * resolution graph states them; so the resolution graph must be derived first.
   */
  public Map<String, SortedSet<String>> claimantNames() {
    Map<String, SortedSet<String>> out = new HashMap<>();
    store.select(
        CLAIMANT_NAMES,
        r ->
            out.computeIfAbsent(Solutions.iri(r, "c"), k -> new TreeSet<>())
                .add(Solutions.text(r, "n")));
    return out;
  }

  /** Every article IRI in the order of its source name (then IRI): the order lists show them in. */
  public List<String> articlesBySource() {
    List<String[]> all = new ArrayList<>();
    store.select(
        SOURCES, r -> all.add(new String[] {Solutions.text(r, "src"), Solutions.iri(r, "a")}));
    all.sort(Comparator.<String[], String>comparing(x -> x[0]).thenComparing(x -> x[1]));
    return all.stream().map(x -> x[1]).toList();
  }

  /** Every direct quote, with its speaker's canonical node. */
  public List<QuoteRecord> quotes() {
    List<QuoteRecord> out = new ArrayList<>();
    store.selectPerArticle(
        QUOTES,
        r ->
            out.add(
                new QuoteRecord(
                    Solutions.iri(r, "q"),
                    Solutions.iri(r, "a"),
                    Solutions.iri(r, "p"),
                    Solutions.text(r, "text"))));
    return out;
  }

  /** Every event, with its date (day only) and its agent's canonical node. */
  public List<EventRecord> events() {
    List<EventRecord> out = new ArrayList<>();
    store.selectPerArticle(
        EVENTS,
        r ->
            out.add(
                new EventRecord(
                    Solutions.iri(r, "e"),
                    Solutions.iri(r, "a"),
                    Solutions.text(r, "type"),
                    Solutions.text(r, "label"),
                    day(Solutions.text(r, "date")),
                    Solutions.iri(r, "g"))));
    return out;
  }

  private record Mention(String anchor, int begin, String place) {}

  /** How far back, in characters, the places named before a sentence still set its scene. */
  private static final int CONTEXT_CHARS = 600;

  /** Places named in the text just before {@code begin}, nearest first. */
  private static List<PlaceMention> before(List<Mention> mentions, int begin) {
    return mentions.stream()
        .filter(m -> m.begin() < begin && m.begin() >= begin - CONTEXT_CHARS)
        .sorted(Comparator.comparingInt(m -> -m.begin()))
        .map(m -> new PlaceMention(m.anchor(), m.place(), false))
        .toList();
  }

  private static Optional<RDFNode> optional(QuerySolution r, String var) {
    return Optional.ofNullable(r.get(var));
  }

  /** The day of an ISO date or date-time. */
  private static String day(String iso) {
    return iso.length() > 10 ? iso.substring(0, 10) : iso;
  }
}
