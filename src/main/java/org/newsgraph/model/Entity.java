package org.newsgraph.model;

import java.util.List;
import java.util.Map;

/**
 * A real-world thing one or more mentions refer to.
 *
 * @param key stable, content-derived key; the IRI is minted from it
 * @param type what kind of thing
 * @param name the preferred name
 * @param altNames every other surface form seen
 * @param ids external identifiers by scheme, e.g. {@code iso3166=CL}, {@code wikidata=Q298}
 */
public record Entity(
    String key, EntityType type, String name, List<String> altNames, Map<String, String> ids) {

  public Entity {
    altNames = List.copyOf(altNames);
    ids = Map.copyOf(ids);
  }
}
