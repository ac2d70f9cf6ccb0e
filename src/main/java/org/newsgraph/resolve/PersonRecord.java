package org.newsgraph.resolve;

import java.util.Map;
import java.util.Set;

/**
 * What the whole graph says about one person node, for resolution across articles.
 *
 * @param iri the node
 * @param names every name and spelling stated for it, with the number of articles stating each
 * @param contexts the countries and organisations it holds posts in (IRIs)
 * @param articles how many articles mention it
 */
public record PersonRecord(
    String iri, Map<String, Integer> names, Set<String> contexts, int articles) {

  public PersonRecord {
    names = Map.copyOf(names);
    contexts = Set.copyOf(contexts);
  }
}
