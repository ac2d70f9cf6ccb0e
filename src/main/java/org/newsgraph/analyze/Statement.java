package org.newsgraph.analyze;

import java.util.List;

/**
 * One statement by one speaker as several articles render it: quoted in other words, another
 * translation, or in parts.
 *
 * @param speaker the speaker's canonical node
 * @param versions the quotes, longest first
 * @param sources how many articles quote it
 */
public record Statement(String speaker, List<QuoteRecord> versions, int sources) {

  public Statement {
    versions = List.copyOf(versions);
  }

  /** A key from the versions alone, stable across builds, for minting the statement's IRI. */
  public String key() {
    return String.join(" ", versions.stream().map(QuoteRecord::iri).sorted().toList());
  }
}
