package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Approx;
import org.newsgraph.model.ArticleMeta;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Mention;
import org.newsgraph.model.OffsetMap;
import org.newsgraph.model.Quantity;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Role;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.TokenSpan;

/** A hand-built document maps to exactly the expected graph, and that graph meets the shapes. */
class DocumentMapperTest {

  static Document sample() {
    String text = "Ana Lima met Chilean officials.";
    ArticleMeta meta =
        new ArticleMeta(
            "abc123",
            "a.txt",
            "0".repeat(64),
            Optional.empty(),
            Optional.of("Talks"),
            Optional.of("2024-05-02"),
            Optional.of("Daily Planet"),
            Optional.of("Press Association"));
    return new Document(
        meta,
        text,
        OffsetMap.identity(),
        List.of(new Block(new CharSpan(0, 31), BlockKind.BODY)),
        List.of(new Sentence(0, new CharSpan(0, 31), new TokenSpan(0, 0), BlockKind.BODY)),
        List.of(),
        List.of(
            new Mention(
                new CharSpan(0, 8), 0, EntityType.PERSON, "Ana Lima", "person/ana-lima", "model"),
            new Mention(
                new CharSpan(13, 20), 0, EntityType.COUNTRY, "Chilean", "country/CL", "demonym")),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(
            new Entity("person/ana-lima", EntityType.PERSON, "Ana Lima", List.of(), Map.of()),
            new Entity(
                "country/CL",
                EntityType.COUNTRY,
                "Chile",
                List.of("Chilean"),
                Map.of("iso3166", "CL", "wikidata", "Q298", "geonames", "3895114"))),
        Set.of(Layer.TEXT, Layer.SENTENCES, Layer.MENTIONS, Layer.ENTITIES));
  }

  static Graph map(Document doc) {
    Graph g = GraphFactory.createDefaultGraph();
    new DocumentMapper("test")
        .map(
            doc,
            new StreamRDFBase() {
              @Override
              public void quad(Quad q) {
                assertEquals(Iris.article("abc123"), q.getGraph());
                g.add(q.asTriple());
              }
            });
    return g;
  }

  @Test
  void mapsToTheExpectedGraph() {
    String expected =
        """
        PREFIX ng: <https://newsgraph.org/ns#>
        PREFIX schema: <https://schema.org/>
        PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX owl: <http://www.w3.org/2002/07/owl#>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        PREFIX id: <https://newsgraph.org/id/>
        PREFIX a: <https://newsgraph.org/id/article/abc123/>
        id:article\\/abc123 a schema:NewsArticle, nif:Context ;
          ng:sourceName "a.txt" ; ng:sha256 "0000000000000000000000000000000000000000000000000000000000000000" ;
          ng:pipelineVersion "test" ; nif:isString "Ana Lima met Chilean officials." ;
          schema:headline "Talks" ; schema:datePublished "2024-05-02"^^xsd:date ;
          schema:publisher id:org\\/daily-planet ; schema:author id:org\\/press-association ;
          schema:mentions id:person\\/ana-lima, id:country\\/CL .
        id:org\\/daily-planet a schema:Organization ; schema:name "Daily Planet" .
        id:org\\/press-association a schema:Organization ; schema:name "Press Association" .
        a:sentence\\/0-31 a nif:Sentence ; nif:beginIndex "0"^^xsd:nonNegativeInteger ;
          nif:endIndex "31"^^xsd:nonNegativeInteger ; nif:anchorOf "Ana Lima met Chilean officials." ;
          nif:referenceContext id:article\\/abc123 ; ng:textRole "body" .
        id:person\\/ana-lima a schema:Person ; schema:name "Ana Lima" .
        id:country\\/CL a schema:Country ; schema:name "Chile" ; skos:altLabel "Chilean" ; ng:isoCode "CL" ;
          owl:sameAs <http://www.wikidata.org/entity/Q298>, <https://sws.geonames.org/3895114/> .
        a:mention\\/0-8 a ng:Mention ; nif:beginIndex "0"^^xsd:nonNegativeInteger ;
          nif:endIndex "8"^^xsd:nonNegativeInteger ; nif:anchorOf "Ana Lima" ;
          nif:referenceContext id:article\\/abc123 ; nif:sentence a:sentence\\/0-31 ;
          itsrdf:taIdentRef id:person\\/ana-lima ; ng:extractor "model" .
        a:mention\\/13-20 a ng:Mention ; nif:beginIndex "13"^^xsd:nonNegativeInteger ;
          nif:endIndex "20"^^xsd:nonNegativeInteger ; nif:anchorOf "Chilean" ;
          nif:referenceContext id:article\\/abc123 ; nif:sentence a:sentence\\/0-31 ;
          itsrdf:taIdentRef id:country\\/CL ; ng:extractor "demonym" .
        """;
    Graph want = GraphFactory.createDefaultGraph();
    RDFParser.create().source(new StringReader(expected)).lang(Lang.TURTLE).parse(want);
    Graph got = map(sample());
    assertTrue(got.isIsomorphicWith(want), () -> "got:\n" + got);
  }

  @Test
  void sameDocumentSameGraph() {
    assertTrue(map(sample()).isIsomorphicWith(map(sample())));
  }

  @Test
  void graphConformsToTheShapes() {
    assertEquals(List.of(), Ontology.violations(map(sample())));
  }

  @Test
  void shapesCatchAMentionWithoutSentence() {
    Graph g = map(sample());
    g.remove(
        Iris.part(Iris.article("abc123"), Iris.Part.MENTION, new CharSpan(0, 8)),
        NIF.sentence,
        org.apache.jena.graph.Node.ANY);
    List<String> v = Ontology.violations(g);
    assertEquals(1, v.size(), v::toString);
    assertTrue(v.get(0).contains("mention/0-8"), v::toString);
  }

  /** The sample with one role, quantity, quote and event, all pointing at its mentions. */
  static Document withFacts() {
    Document d = sample();
    String text = "Ana Lima met Chilean officials.";
    CharSpan ana = new CharSpan(0, 8);
    CharSpan chile = new CharSpan(13, 20);
    return d.withRoles(
            List.of(new Role(ana, "Mayor", Optional.of(chile), "Chilean", new CharSpan(0, 20), 0)))
        .withQuantities(
            List.of(
                new Quantity(
                    new CharSpan(21, 30),
                    0,
                    5000,
                    OptionalDouble.of(6000),
                    Approx.ABOUT,
                    "some",
                    "officials",
                    "day",
                    "met",
                    Optional.of(ana),
                    "",
                    Optional.of("2024-05-01"),
                    Optional.empty(),
                    false)))
        .withQuotes(
            List.of(
                new Quote(
                    new CharSpan(13, 30),
                    0,
                    text.substring(13, 30),
                    Optional.of(ana),
                    "she",
                    false)))
        .withEvents(
            List.of(
                new Event(
                    new CharSpan(0, 30),
                    0,
                    "meeting",
                    "Ana Lima met officials",
                    Optional.of("2024-05-01"),
                    Optional.of(ana),
                    Optional.of(chile))));
  }

  static boolean ask(Graph g, String where) {
    String q =
        """
        PREFIX ng: <https://newsgraph.org/ns#>
        PREFIX schema: <https://schema.org/>
        PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX id: <https://newsgraph.org/id/>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        ASK {
        """
            + where
            + "}";
    try (var qe =
        org.apache.jena.query.QueryExecution.model(
                org.apache.jena.rdf.model.ModelFactory.createModelForGraph(g))
            .query(q)
            .build()) {
      return qe.execAsk();
    }
  }

  @Test
  void mapsRolesClaimsAndEventsWithTheirProvenance() {
    Graph g = map(withFacts());
    assertTrue(
        ask(
            g,
            """
            ?m a org:Membership ; org:member id:person\\/ana-lima ; org:organization id:country\\/CL ;
               org:role [ skos:prefLabel "Mayor" ] ; ng:validAt "2024-05-02"^^xsd:date ;
               nif:anchorOf "Ana Lima met Chilean" .
            """));
    assertTrue(
        ask(
            g,
            """
            ?q a schema:QuantitativeValue, schema:Claim ; schema:value "5000"^^xsd:decimal ; schema:maxValue "6000"^^xsd:decimal ;
               ng:approx "about" ; ng:hedge "some" ; schema:unitText "officials" ; ng:per "day" ;
               ng:claimant id:person\\/ana-lima ; ng:since "2024-05-01"^^xsd:date ;
               nif:sentence ?s ; nif:referenceContext ?a .
            ?s nif:anchorOf "Ana Lima met Chilean officials." .
            ?a ng:sourceName "a.txt" .
            """));
    assertTrue(
        ask(
            g,
            """
            ?q a schema:Quotation ; schema:text "Chilean officials" ; ng:claimant id:person\\/ana-lima ;
               ng:claimantText "she" ; ng:speakerRole ?m . ?m org:role [ skos:prefLabel "Mayor" ] .
            """));
    assertTrue(
        ask(
            g,
            """
            ?e a schema:Event ; ng:eventType "meeting" ; schema:startDate "2024-05-01"^^xsd:date ;
               ng:agent id:person\\/ana-lima ; schema:location id:country\\/CL .
            """));
    assertEquals(List.of(), Ontology.violations(g));
  }
}
