package org.newsgraph.model;

/** The kinds of named thing the extractor recognises. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  /** A sovereign country or territory with an ISO 3166-1 code. */
  COUNTRY,
  /** Any other named place: cities, regions, landmarks. */
  PLACE
}
