package org.newsgraph.rdf;

import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.model.ArticleMeta;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.resolve.EntityKeys;

/**
 * Maps a resolved document to quads in its article's named graph. Pure: the same document always
 * gives the same quads, and everything the article states about shared entities (their type, name
 * and other names) is stated in its own graph, so replacing one article's graph never touches what
 * another article said.
 */
public final class DocumentMapper {

  private final String pipelineVersion;

  /**
   * @param pipelineVersion recorded on each article so that a newer pipeline knows to re-extract
   */
  public DocumentMapper(String pipelineVersion) {
    this.pipelineVersion = pipelineVersion;
  }

  /** Writes the document's quads to {@code out}; does not call start or finish. */
  public void map(Document doc, StreamRDF out) {
    Emitter e = new Emitter(Iris.article(doc.meta().id()), out);
    article(doc, e);
    for (Sentence s : doc.sentences()) {
      Node sn = Iris.sentence(e.graph, s.span());
      e.add(sn, RDF.Nodes.type, NIF.Sentence);
      span(e, sn, s.span(), doc);
      e.add(sn, NG.textRole, str(s.kind().name().toLowerCase(java.util.Locale.ROOT)));
    }
    for (Entity en : doc.entities()) {
      entity(e, en);
      e.add(e.graph, SchemaDO.mentions.asNode(), Iris.entity(en.key()));
    }
    for (Mention m : doc.mentions()) {
      Node mn = Iris.mention(e.graph, m.span());
      e.add(mn, RDF.Nodes.type, NG.Mention);
      span(e, mn, m.span(), doc);
      e.add(mn, NIF.sentence, Iris.sentence(e.graph, doc.sentences().get(m.sentence()).span()));
      e.add(mn, ITSRDF.taIdentRef, Iris.entity(m.entityKey()));
      e.add(mn, NG.extractor, str(m.source()));
    }
  }

  private void article(Document doc, Emitter e) {
    ArticleMeta meta = doc.meta();
    Node a = e.graph;
    e.add(a, RDF.Nodes.type, SchemaDO.NewsArticle.asNode());
    e.add(a, RDF.Nodes.type, NIF.Context);
    e.add(a, NG.sourceName, str(meta.source()));
    e.add(a, NG.sha256, str(meta.sha256()));
    e.add(a, NG.pipelineVersion, str(pipelineVersion));
    e.add(a, NIF.isString, str(doc.text()));
    meta.title().ifPresent(t -> e.add(a, SchemaDO.headline.asNode(), str(t)));
    meta.url().ifPresent(u -> e.add(a, SchemaDO.url.asNode(), typed(u, XSDDatatype.XSDanyURI)));
    meta.published().ifPresent(d -> e.add(a, SchemaDO.datePublished.asNode(), date(d)));
    meta.publisher()
        .ifPresent(p -> byline(e, SchemaDO.publisher.asNode(), EntityType.ORGANIZATION, p));
    meta.author()
        .ifPresent(p -> byline(e, SchemaDO.author.asNode(), EntityKeys.bylineType(p), p));
  }

  private static void byline(Emitter e, Node property, EntityType type, String name) {
    Node n = Iris.entity(EntityKeys.of(type, name));
    e.add(e.graph, property, n);
    e.add(n, RDF.Nodes.type, typeNode(type));
    e.add(n, SchemaDO.name.asNode(), str(name));
  }

  private static void entity(Emitter e, Entity en) {
    Node n = Iris.entity(en.key());
    e.add(n, RDF.Nodes.type, typeNode(en.type()));
    e.add(n, SchemaDO.name.asNode(), str(en.name()));
    for (String alt : en.altNames()) {
      e.add(n, SKOS.altLabel.asNode(), str(alt));
    }
    Map<String, String> ids = en.ids();
    Optional.ofNullable(ids.get("iso3166")).ifPresent(c -> e.add(n, NG.isoCode, str(c)));
    Optional.ofNullable(ids.get("wikidata"))
        .ifPresent(q -> e.add(n, OWL.sameAs.asNode(), Iris.wikidata(q)));
    Optional.ofNullable(ids.get("geonames"))
        .ifPresent(g -> e.add(n, OWL.sameAs.asNode(), Iris.geonames(g)));
    Optional.ofNullable(ids.get("country"))
        .ifPresent(
            c ->
                e.add(
                    n,
                    SchemaDO.containedInPlace.asNode(),
                    Iris.entity(EntityKeys.country(c))));
  }

  private static Node typeNode(EntityType type) {
    return switch (type) {
      case PERSON -> SchemaDO.Person.asNode();
      case ORGANIZATION -> SchemaDO.Organization.asNode();
      case COUNTRY -> SchemaDO.Country.asNode();
      case PLACE -> SchemaDO.Place.asNode();
    };
  }

  private static void span(Emitter e, Node n, CharSpan span, Document doc) {
    e.add(n, NIF.beginIndex, typed(Integer.toString(span.begin()), XSDDatatype.XSDnonNegativeInteger));
    e.add(n, NIF.endIndex, typed(Integer.toString(span.end()), XSDDatatype.XSDnonNegativeInteger));
    e.add(n, NIF.anchorOf, str(doc.textOf(span)));
    e.add(n, NIF.referenceContext, e.graph);
  }

  private static Node str(String s) {
    return NodeFactory.createLiteralString(s);
  }

  private static Node typed(String lexical, XSDDatatype type) {
    return NodeFactory.createLiteralDT(lexical, type);
  }

  /** ISO 8601 date or date-time, typed accordingly. */
  static Node date(String iso) {
    return typed(iso, iso.contains("T") ? XSDDatatype.XSDdateTime : XSDDatatype.XSDdate);
  }

  /** Writes quads into one graph. */
  private record Emitter(Node graph, StreamRDF out) {
    void add(Node s, Node p, Node o) {
      out.quad(Quad.create(graph, s, p, o));
    }
  }
}
