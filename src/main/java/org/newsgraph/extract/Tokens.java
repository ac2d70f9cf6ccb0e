package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Document;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/** Navigation over a document's tokens, sentences and mentions by character offset. */
final class Tokens {

  private Tokens() {}

  /** Index of the first token that begins at or after {@code pos}. */
  static int firstAtOrAfter(Document doc, int pos) {
    List<Token> t = doc.tokens();
    int lo = 0;
    int hi = t.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (t.get(mid).span().begin() < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Index of the sentence containing offset {@code pos}, or -1. */
  static int sentenceAt(Document doc, int pos) {
    for (Sentence s : doc.sentences()) {
      if (s.span().begin() <= pos && pos < s.span().end()) {
        return s.index();
      }
    }
    return -1;
  }

  /** The mention (of any type) that covers token {@code i}, if any. */
  static Optional<Mention> mentionAt(Document doc, int i) {
    CharSpan span = doc.tokens().get(i).span();
    for (Mention m : doc.mentions()) {
      if (m.span().overlaps(span)) {
        return Optional.of(m);
      }
      if (m.span().begin() >= span.end()) {
        break;
      }
    }
    return Optional.empty();
  }

  static boolean isActor(Mention m) {
    return m.type() == EntityType.ORGANIZATION || m.type() == EntityType.COUNTRY;
  }

  static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  static boolean isPossessive(Token t) {
    String s = t.text();
    return s.equals("'s") || s.equals("’s") || s.equals("'") || s.equals("’");
  }

  static boolean isDeterminer(Token t) {
    return Lexicon.DETERMINERS.contains(lower(t));
  }

  /** Index of the first token of the mention (the first token it overlaps). */
  static int firstToken(Document doc, Mention m) {
    return firstAtOrAfter(doc, m.span().begin());
  }

  /** One past the index of the last token the mention overlaps. */
  static int endToken(Document doc, Mention m) {
    return firstAtOrAfter(doc, m.span().end());
  }

  /** Characters from the start of token {@code from} to the end of token {@code to - 1}. */
  static CharSpan span(Document doc, int from, int to) {
    return new CharSpan(
        doc.tokens().get(from).span().begin(), doc.tokens().get(to - 1).span().end());
  }
}
