package org.newsgraph.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An article's cleaned text and the annotation layers the stages have added to it. Immutable: each
 * stage returns a new document with one more layer.
 *
 * @param meta what is known about the article
 * @param text the cleaned text all offsets point into
 * @param sourceOffsets maps offsets in {@code text} back to the raw source
 * @param blocks paragraphs, headline, captions: cover the text without overlap
 * @param sentences in text order, inside blocks
 * @param tokens in text order; sentences point into this list
 * @param mentions names found in the text, in text order
 * @param dates date expressions resolved against the publication date, in text order
 * @param roles posts people hold
 * @param quantities numbers stated
 * @param quotes direct quotes
 * @param events things that happened
 * @param entities the things the mentions refer to
 * @param layers which layers are present
 */
public record Document(
    ArticleMeta meta,
    String text,
    OffsetMap sourceOffsets,
    List<Block> blocks,
    List<Sentence> sentences,
    List<Token> tokens,
    List<Mention> mentions,
    List<DateMention> dates,
    List<Role> roles,
    List<Quantity> quantities,
    List<Quote> quotes,
    List<Event> events,
    List<Entity> entities,
    Set<Layer> layers) {

  public Document {
    blocks = List.copyOf(blocks);
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    mentions = List.copyOf(mentions);
    dates = List.copyOf(dates);
    roles = List.copyOf(roles);
    quantities = List.copyOf(quantities);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
    entities = List.copyOf(entities);
    layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
  }

  /** A document with text and blocks only: what the clean stage produces. */
  public static Document of(ArticleMeta meta, String text, OffsetMap map, List<Block> blocks) {
    return new Document(
        meta,
        text,
        map,
        blocks,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        Set.of(Layer.TEXT));
  }

  public boolean has(Layer layer) {
    return layers.contains(layer);
  }

  public Document withMeta(ArticleMeta m) {
    return with(p -> p.meta = m);
  }

  public Document withSentences(List<Sentence> s, List<Token> t) {
    return with(
        p -> {
          p.sentences = s;
          p.tokens = t;
        },
        Layer.SENTENCES,
        Layer.TOKENS);
  }

  public Document withTokens(List<Token> t, Layer added) {
    return with(p -> p.tokens = t, added);
  }

  public Document withMentions(List<Mention> m) {
    return with(p -> p.mentions = m, Layer.MENTIONS);
  }

  public Document withDates(List<DateMention> d) {
    return with(p -> p.dates = d, Layer.DATES);
  }

  public Document withRoles(List<Role> r) {
    return with(p -> p.roles = r, Layer.ROLES);
  }

  public Document withQuantities(List<Quantity> q) {
    return with(p -> p.quantities = q, Layer.QUANTITIES);
  }

  public Document withQuotes(List<Quote> q) {
    return with(p -> p.quotes = q, Layer.QUOTES);
  }

  public Document withEvents(List<Event> e) {
    return with(p -> p.events = e, Layer.EVENTS);
  }

  public Document withEntities(List<Mention> m, List<Entity> e) {
    return with(
        p -> {
          p.mentions = m;
          p.entities = e;
        },
        Layer.ENTITIES);
  }

  /** The mention whose span is {@code span}, if any. */
  public Optional<Mention> mentionAt(CharSpan span) {
    return mentions.stream().filter(m -> m.span().equals(span)).findFirst();
  }

  /** The tokens of one sentence. */
  public List<Token> tokensOf(Sentence s) {
    return tokens.subList(s.tokens().start(), s.tokens().end());
  }

  /** The covered text of a span. */
  public String textOf(CharSpan span) {
    return span.of(text);
  }

  /** This document with the parts {@code change} sets and the {@code added} layers. */
  private Document with(Consumer<Parts> change, Layer... added) {
    Parts p = new Parts(this);
    change.accept(p);
    EnumSet<Layer> s = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
    s.addAll(List.of(added));
    return new Document(
        p.meta,
        text,
        sourceOffsets,
        blocks,
        p.sentences,
        p.tokens,
        p.mentions,
        p.dates,
        p.roles,
        p.quantities,
        p.quotes,
        p.events,
        p.entities,
        s);
  }

  /** The parts a stage may replace, so that each with-method names only what it changes. */
  private static final class Parts {
    private ArticleMeta meta;
    private List<Sentence> sentences;
    private List<Token> tokens;
    private List<Mention> mentions;
    private List<DateMention> dates;
    private List<Role> roles;
    private List<Quantity> quantities;
    private List<Quote> quotes;
    private List<Event> events;
    private List<Entity> entities;

    private Parts(Document d) {
      meta = d.meta;
      sentences = d.sentences;
      tokens = d.tokens;
      mentions = d.mentions;
      dates = d.dates;
      roles = d.roles;
      quantities = d.quantities;
      quotes = d.quotes;
      events = d.events;
      entities = d.entities;
    }
  }
}
