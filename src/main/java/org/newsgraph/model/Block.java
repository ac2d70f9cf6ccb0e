package org.newsgraph.model;

/** A paragraph-like run of cleaned text: sentences never cross a block boundary. */
public record Block(CharSpan span, BlockKind kind) {}
