package org.newsgraph.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
    List<Entity> entities,
    Set<Layer> layers) {

  public Document {
    blocks = List.copyOf(blocks);
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    mentions = List.copyOf(mentions);
    entities = List.copyOf(entities);
    layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
  }

  /** A document with text and blocks only: what the clean stage produces. */
  public static Document of(ArticleMeta meta, String text, OffsetMap map, List<Block> blocks) {
    return new Document(
        meta, text, map, blocks, List.of(), List.of(), List.of(), List.of(), Set.of(Layer.TEXT));
  }

  public boolean has(Layer layer) {
    return layers.contains(layer);
  }

  public Document withMeta(ArticleMeta m) {
    return new Document(m, text, sourceOffsets, blocks, sentences, tokens, mentions, entities, layers);
  }

  public Document withSentences(List<Sentence> s, List<Token> t) {
    return new Document(
        meta, text, sourceOffsets, blocks, s, t, mentions, entities,
        plus(Layer.SENTENCES, Layer.TOKENS));
  }

  public Document withTokens(List<Token> t, Layer added) {
    return new Document(
        meta, text, sourceOffsets, blocks, sentences, t, mentions, entities, plus(added));
  }

  public Document withMentions(List<Mention> m) {
    return new Document(
        meta, text, sourceOffsets, blocks, sentences, tokens, m, entities, plus(Layer.MENTIONS));
  }

  public Document withEntities(List<Mention> m, List<Entity> e) {
    return new Document(
        meta, text, sourceOffsets, blocks, sentences, tokens, m, e, plus(Layer.ENTITIES));
  }

  /** The tokens of one sentence. */
  public List<Token> tokensOf(Sentence s) {
    return tokens.subList(s.tokens().start(), s.tokens().end());
  }

  /** The covered text of a span. */
  public String textOf(CharSpan span) {
    return span.of(text);
  }

  private Set<Layer> plus(Layer... added) {
    EnumSet<Layer> s = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
    s.addAll(List.of(added));
    return s;
  }
}
