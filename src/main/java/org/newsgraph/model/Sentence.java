package org.newsgraph.model;

/** A sentence: its characters, its tokens, and the block (paragraph, caption, ...) it stands in. */
public record Sentence(int index, CharSpan span, TokenSpan tokens, BlockKind kind) {}
