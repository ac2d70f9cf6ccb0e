package org.newsgraph.model;

/**
 * A name as it stands in the text, typed, with the key of the entity it refers to once resolved.
 *
 * @param span characters of the name itself (no titles, no possessive)
 * @param sentence index of the sentence it stands in
 * @param type what kind of thing it names
 * @param text the name as written
 * @param entityKey the resolved entity's key; empty until the resolve stage has run
 * @param source which rule or model produced it ("model", "gazetteer", "demonym", ...)
 */
public record Mention(
    CharSpan span, int sentence, EntityType type, String text, String entityKey, String source) {

  public Mention withEntityKey(String key) {
    return new Mention(span, sentence, type, text, key, source);
  }

  public boolean isResolved() {
    return !entityKey.isEmpty();
  }

  /** A compact one-line rendering for tests: {@code [10,18) PERSON John Doe}. */
  public String render() {
    return span + " " + type + " " + text;
  }
}
