package org.newsgraph.rdf;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.model.ArticleMeta;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quantity;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Role;
import org.newsgraph.model.Sentence;
import org.newsgraph.rdf.Iris.Part;
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
      Node sn = Iris.part(e.graph, Part.SENTENCE, s.span());
      e.add(sn, RDF.Nodes.type, NIF.Sentence);
      span(e, sn, s.span(), doc);
      e.add(sn, NG.textRole, str(s.kind().name().toLowerCase(java.util.Locale.ROOT)));
    }
    for (Entity en : doc.entities()) {
      entity(e, en);
      e.add(e.graph, SchemaDO.mentions.asNode(), Iris.entity(en.key()));
    }
    for (Mention m : doc.mentions()) {
      Node mn = Iris.part(e.graph, Part.MENTION, m.span());
      e.add(mn, RDF.Nodes.type, NG.Mention);
      provenance(e, mn, m.span(), m.sentence(), doc);
      e.add(mn, ITSRDF.taIdentRef, Iris.entity(m.entityKey()));
      e.add(mn, NG.extractor, str(m.source()));
    }
    Map<String, Node> roleOfEntity = new HashMap<>();
    for (Role r : doc.roles()) {
      entityOf(doc, Optional.of(r.person()))
          .ifPresent(person -> roleOfEntity.putIfAbsent(person.getURI(), role(e, doc, r, person)));
    }
    for (Quantity q : doc.quantities()) {
      quantity(e, doc, q);
    }
    for (Quote q : doc.quotes()) {
      quote(e, doc, q, roleOfEntity);
    }
    for (Event ev : doc.events()) {
      event(e, doc, ev);
    }
  }

  private static Node role(Emitter e, Document doc, Role r, Node person) {
    Node m = Iris.part(e.graph, Part.ROLE, r.evidence());
    Node role = Iris.role(r.title());
    e.add(m, RDF.Nodes.type, ORG.Membership.asNode());
    e.add(m, ORG.member.asNode(), person);
    e.add(m, ORG.role.asNode(), role);
    e.add(role, RDF.Nodes.type, ORG.Role.asNode());
    e.add(role, SKOS.prefLabel.asNode(), str(r.title()));
    Optional<Node> of = entityOf(doc, r.of());
    of.ifPresent(o -> e.add(m, ORG.organization.asNode(), o));
    if (of.isEmpty() && !r.ofText().isBlank()) {
      e.add(m, NG.roleOfText, str(r.ofText()));
    }
    articleDate(doc).ifPresent(d -> e.add(m, NG.validAt, typed(d, XSDDatatype.XSDdate)));
    provenance(e, m, r.evidence(), r.sentence(), doc);
    return m;
  }

  private static void quantity(Emitter e, Document doc, Quantity q) {
    Node n = Iris.part(e.graph, Part.QUANTITY, q.span());
    e.add(n, RDF.Nodes.type, SchemaDO.QuantitativeValue.asNode());
    e.add(n, RDF.Nodes.type, SchemaDO.Claim.asNode());
    e.add(n, SchemaDO.value.asNode(), decimal(q.value()));
    q.upper().ifPresent(u -> e.add(n, SchemaDO.maxValue.asNode(), decimal(u)));
    e.add(n, NG.approx, str(q.approx().label()));
    optionalText(e, n, NG.hedge, q.hedge());
    optionalText(e, n, SchemaDO.unitText.asNode(), q.unit());
    optionalText(e, n, NG.per, q.per());
    optionalText(e, n, NG.about, q.about());
    if (q.vague()) {
      e.add(n, NG.vague, typed("true", XSDDatatype.XSDboolean));
    }
    entityOf(doc, q.claimant()).ifPresent(c -> e.add(n, NG.claimant, c));
    optionalText(e, n, NG.claimantText, q.claimantText());
    q.since().ifPresent(d -> e.add(n, NG.since, typed(d, XSDDatatype.XSDdate)));
    q.until().ifPresent(d -> e.add(n, NG.until, typed(d, XSDDatatype.XSDdate)));
    provenance(e, n, q.span(), q.sentence(), doc);
  }

  private static void quote(Emitter e, Document doc, Quote q, Map<String, Node> roleOfEntity) {
    Node n = Iris.part(e.graph, Part.QUOTE, q.span());
    e.add(n, RDF.Nodes.type, SchemaDO.Quotation.asNode());
    e.add(n, RDF.Nodes.type, SchemaDO.Claim.asNode());
    e.add(n, SchemaDO.text.asNode(), str(q.text()));
    Optional<Node> speaker = entityOf(doc, q.speaker());
    speaker.ifPresent(
        s -> {
          e.add(n, NG.claimant, s);
          Optional.ofNullable(roleOfEntity.get(s.getURI()))
              .ifPresent(r -> e.add(n, NG.speakerRole, r));
        });
    optionalText(e, n, NG.claimantText, q.speakerText());
    if (q.partial()) {
      e.add(n, NG.partial, typed("true", XSDDatatype.XSDboolean));
    }
    provenance(e, n, q.span(), q.sentence(), doc);
  }

  private static void event(Emitter e, Document doc, Event ev) {
    Node n = Iris.part(e.graph, Part.EVENT, ev.span());
    e.add(n, RDF.Nodes.type, SchemaDO.Event.asNode());
    e.add(n, NG.eventType, str(ev.type()));
    e.add(n, SchemaDO.name.asNode(), str(ev.label()));
    ev.date().ifPresent(d -> e.add(n, SchemaDO.startDate.asNode(), date(d)));
    entityOf(doc, ev.agent()).ifPresent(a -> e.add(n, NG.agent, a));
    entityOf(doc, ev.place()).ifPresent(p -> e.add(n, SchemaDO.location.asNode(), p));
    provenance(e, n, ev.span(), ev.sentence(), doc);
  }

  /** The entity of the resolved mention at {@code span}. */
  private static Optional<Node> entityOf(Document doc, Optional<CharSpan> span) {
    return span.flatMap(doc::mentionAt)
        .filter(Mention::isResolved)
        .map(m -> Iris.entity(m.entityKey()));
  }

  private static Optional<String> articleDate(Document doc) {
    return doc.meta().published().map(p -> p.length() > 10 ? p.substring(0, 10) : p);
  }

  private static void optionalText(Emitter e, Node s, Node p, String value) {
    if (!value.isBlank()) {
      e.add(s, p, str(value));
    }
  }

  private static Node decimal(double d) {
    return typed(
        BigDecimal.valueOf(d).stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
  }

  /** Offsets, covered text, sentence and article of a part. */
  private static void provenance(Emitter e, Node n, CharSpan span, int sentence, Document doc) {
    span(e, n, span, doc);
    e.add(n, NIF.sentence, Iris.part(e.graph, Part.SENTENCE, doc.sentences().get(sentence).span()));
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
    meta.author().ifPresent(p -> byline(e, SchemaDO.author.asNode(), EntityKeys.bylineType(p), p));
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
            c -> e.add(n, SchemaDO.containedInPlace.asNode(), Iris.entity(EntityKeys.country(c))));
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
    e.add(
        n,
        NIF.beginIndex,
        typed(Integer.toString(span.begin()), XSDDatatype.XSDnonNegativeInteger));
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
