package org.newsgraph.model;

/** The annotation layers a {@link Document} can carry; stages declare which they need and add. */
public enum Layer {
  TEXT,
  SENTENCES,
  TOKENS,
  POS,
  MENTIONS,
  DATES,
  ROLES,
  QUANTITIES,
  QUOTES,
  EVENTS,
  ENTITIES
}
