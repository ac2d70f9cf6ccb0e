package org.newsgraph.resolve;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every name stated for each entity node, gathered one article at a time. An entity's names are
 * repeated in every article naming it; this keeps each once, so lists can show one name per node
 * without reading all those copies.
 */
public final class EntityNames {

  /** The least name of each node; most nodes have only this one. */
  private final Map<String, String> least = new HashMap<>();

  /** The other names of the few nodes stated under more than one. */
  private final Map<String, Set<String>> others = new HashMap<>();

  /** Records that some article names {@code entity} {@code name}. */
  public void add(String entity, String name) {
    String old = least.putIfAbsent(entity, name);
    if (old == null || old.equals(name)) {
      return;
    }
    Set<String> more = others.computeIfAbsent(entity, k -> new TreeSet<>());
    if (name.compareTo(old) < 0) {
      least.put(entity, name);
      more.add(old);
    } else {
      more.add(name);
    }
  }

  /**
   * The least of the node's names in code point order, as SPARQL's {@code MIN} picks it; empty when
   * no article names it.
   */
  public Optional<String> least(String entity) {
    return Optional.ofNullable(least.get(entity));
  }

  /** Every name of the node, least first; empty when no article names it. */
  public Set<String> all(String entity) {
    Set<String> out = new TreeSet<>();
    Optional.ofNullable(least.get(entity)).ifPresent(out::add);
    out.addAll(others.getOrDefault(entity, Set.of()));
    return out;
  }

  /** The least name of every named node. */
  public Map<String, String> leastNames() {
    return Map.copyOf(least);
  }
}
