package org.newsgraph.model;

import java.util.Optional;

/**
 * A date expression of the text, resolved against the article's publication date: "on Tuesday",
 * "last week", "since September 21".
 *
 * @param span the words that state the date, a leading preposition included ("on Tuesday", "since
 *     September 21")
 * @param sentence index of the sentence it stands in, -1 if the document has no sentences
 * @param start the day, or the first day of a span, ISO 8601
 * @param end the last day of a span, ISO 8601; empty when the expression names a single day. An
 *     open span ("since September 21") ends at the reference date, or at its start when there is no
 *     reference
 */
public record DateMention(CharSpan span, int sentence, String start, Optional<String> end) {

  /** Whether the expression names one precise day rather than a stretch of time. */
  public boolean isDay() {
    return end.isEmpty();
  }

  /** A compact rendering for tests: {@code [3,13) 2024-03-12..2024-03-14}. */
  public String render() {
    return span + " " + start + end.map(e -> ".." + e).orElse("");
  }
}
