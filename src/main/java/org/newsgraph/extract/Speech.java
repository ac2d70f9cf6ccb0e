package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Document;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Role;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * Who says or claims what a sentence states: reads the speech cue ("X said", "said X", "X told
 * reporters", "according to X", "X, a spokesman for Y, said", "X explained") and its subject.
 *
 * <p>The speaker is a person, organisation or country mention. Pronouns resolve to the nearest
 * earlier mention that fits and stood as a subject or speaker ("he" to a person, "it" and "they" to
 * an organisation or country); descriptions such as "the president" or "the Kenyan president"
 * resolve to the person the document gives that post, else like a pronoun. A subject without a
 * mention ("officials", "the EU agency Eurojust" when the name was not recognised) is returned as
 * text with no mention. Pure: needs the TOKENS, POS and MENTIONS layers.
 */
public final class Speech {

  /** Sentences searched backwards for the antecedent of a pronoun before settling for any name. */
  private static final int ANTECEDENT_WINDOW = 6;

  private Speech() {}

  /**
   * A speaker found at a speech cue.
   *
   * @param mention the speaker's mention; for a pronoun or description, the mention it resolves to
   * @param text the speaker as written at the cue ("he", "Mr Smith", "officials")
   * @param cue the speech verb or "according to"
   */
  public record Attribution(Optional<CharSpan> mention, String text, CharSpan cue) {}

  /** The speaker of a whole sentence. */
  public static Optional<Attribution> speakerOf(Document doc, int sentence) {
    return speakerOf(doc, sentence, doc.sentences().get(sentence).span());
  }

  /**
   * The speaker of the part {@code clause} of a sentence: the first speech cue in the clause whose
   * subject can be read.
   */
  public static Optional<Attribution> speakerOf(Document doc, int sentence, CharSpan clause) {
    Sentence s = doc.sentences().get(sentence);
    List<Token> t = doc.tokens();
    int lo = Math.max(s.tokens().start(), Tokens.firstAtOrAfter(doc, clause.begin()));
    int hi = Math.min(s.tokens().end(), Tokens.firstAtOrAfter(doc, clause.end()));
    Optional<Attribution> other = Optional.empty();
    for (int v = lo; v < hi; v++) {
      Optional<Attribution> a = Optional.empty();
      boolean reporting = false;
      if (Tokens.lower(t.get(v)).equals("according")
          && v + 1 < hi
          && Tokens.lower(t.get(v + 1)).equals("to")) {
        a = subjectAfter(doc, v + 2, hi, Tokens.span(doc, v, v + 2));
        reporting = true;
      } else if (isCue(t, v, hi) && !isHearsay(t, v, lo)) {
        a = subjectBefore(doc, lo, v, hi, t.get(v).span());
        reporting = Lexicon.ALWAYS_SPEECH.contains(Tokens.lower(t.get(v)));
      }
      // "X said" and "according to X" name the source of the whole sentence; another cue
      // ("since Y announced ...") may only report an event inside it.
      if (a.isPresent() && reporting) {
        return a;
      }
      if (other.isEmpty()) {
        other = a;
      }
    }
    return other;
  }

  /** "are said to", "was said to": reported hearsay names no speaker. */
  private static boolean isHearsay(List<Token> t, int v, int lo) {
    return v > lo
        && Lexicon.ALWAYS_SPEECH.contains(Tokens.lower(t.get(v)))
        && t.get(v - 1).pos().equals("AUX")
        && v + 1 < t.size()
        && Tokens.lower(t.get(v + 1)).equals("to");
  }

  static boolean isCue(List<Token> t, int v, int hi) {
    String w = Tokens.lower(t.get(v));
    if (!Lexicon.SPEECH_VERBS.contains(w)) {
      return false;
    }
    if (!t.get(v).pos().equals("VERB") && !Lexicon.ALWAYS_SPEECH.contains(w)) {
      return false;
    }
    if (w.startsWith("call") && v + 1 < hi) {
      return !Lexicon.NOT_SPEECH_AFTER.contains(Tokens.lower(t.get(v + 1)));
    }
    return true;
  }

  private static Optional<Attribution> subjectBefore(
      Document doc, int lo, int v, int hi, CharSpan cue) {
    List<Token> t = doc.tokens();
    int i = v - 1;
    while (i >= lo && isAdverbial(t.get(i))) {
      i--;
    }
    if (i < lo || isQuoteMark(t.get(i))) {
      return subjectAfter(doc, v + 1, hi, cue);
    }
    if (t.get(i).text().equals(",")) {
      int c2 = i - 1;
      while (c2 >= lo && !t.get(c2).text().equals(",")) {
        c2--;
      }
      if (c2 >= lo && isNounPhrase(t, c2 + 1, i)) {
        // "X, a spokesman for Y, said": the speaker is X, unless the name is the apposition
        // ("the chief of Y, Colonel X, said")
        for (int k = i - 1; k > c2; k--) {
          Optional<Mention> m = Tokens.mentionAt(doc, k);
          if (m.isPresent() && m.get().type() == EntityType.PERSON) {
            return Optional.of(named(doc, m.get(), cue));
          }
        }
        return pick(doc, clauseStart(t, lo, c2), c2, cue);
      }
      return subjectAfter(doc, v + 1, hi, cue);
    }
    return pick(doc, clauseStart(t, lo, i + 1), i + 1, cue);
  }

  private static Optional<Attribution> subjectAfter(Document doc, int from, int hi, CharSpan cue) {
    List<Token> t = doc.tokens();
    int i = from;
    while (i < hi && isAdverbial(t.get(i))) {
      i++;
    }
    int e = i;
    while (e < hi && (isNominal(t.get(e)) || Tokens.mentionAt(doc, e).isPresent())) {
      e++;
    }
    if (e == i) {
      return Optional.empty();
    }
    // "said Jane Doe of the city council": the name comes first, the rest describes it
    for (int k = i; k < e; k++) {
      Optional<Mention> m = Tokens.mentionAt(doc, k);
      if (m.isPresent() && m.get().type() != EntityType.PLACE && !isQualifier(doc, m.get(), e)) {
        return Optional.of(named(doc, m.get(), cue));
      }
    }
    return pick(doc, i, e, cue);
  }

  /** A country mention that only qualifies the noun after it ("the Kenyan president"). */
  private static boolean isQualifier(Document doc, Mention m, int phraseEnd) {
    return m.type() == EntityType.COUNTRY && Tokens.endToken(doc, m) < phraseEnd;
  }

  /** Reads the subject noun phrase {@code [a, e)} whose head is its last word. */
  private static Optional<Attribution> pick(Document doc, int a, int e, CharSpan cue) {
    List<Token> t = doc.tokens();
    if (e <= a) {
      return Optional.empty();
    }
    if (t.get(e - 1).text().equals(")")) {
      // "The Union of Employers (UoE) said": the bracketed short name is the speaker's name
      int open = e - 1;
      while (open > a && !t.get(open).text().equals("(")) {
        open--;
      }
      for (int k = open + 1; k < e - 1; k++) {
        Optional<Mention> m = Tokens.mentionAt(doc, k);
        if (m.isPresent() && m.get().type() != EntityType.PLACE) {
          return Optional.of(named(doc, m.get(), cue));
        }
      }
      e = open;
      if (e <= a) {
        return Optional.empty();
      }
    }
    Token head = t.get(e - 1);
    Optional<Mention> m = Tokens.mentionAt(doc, e - 1);
    if (m.isPresent() && m.get().type() != EntityType.PLACE) {
      return Optional.of(named(doc, m.get(), cue));
    }
    String written = Tokens.span(doc, a, e).of(doc.text());
    String h = Tokens.lower(head);
    if (Lexicon.PERSON_PRONOUNS.contains(h)) {
      return Optional.of(new Attribution(antecedent(doc, cue, true), head.text(), cue));
    }
    if (Lexicon.GROUP_PRONOUNS.contains(h)) {
      return Optional.of(new Attribution(antecedent(doc, cue, false), head.text(), cue));
    }
    if (Tokens.isDeterminer(t.get(a)) && Lexicon.isTitleHead(h)) {
      return Optional.of(new Attribution(holderOf(doc, a, e, cue), written, cue));
    }
    if (Tokens.isDeterminer(t.get(a)) && Lexicon.INSTITUTIONS.contains(h)) {
      return Optional.of(new Attribution(institution(doc, h, cue), written, cue));
    }
    if (head.pos().equals("PROPN") || head.pos().equals("NOUN")) {
      return Optional.of(new Attribution(Optional.empty(), written, cue));
    }
    return Optional.empty();
  }

  private static Attribution named(Document doc, Mention m, CharSpan cue) {
    int first = Tokens.firstToken(doc, m);
    CharSpan written = m.span();
    if (first > 0 && Lexicon.HONORIFICS.contains(Tokens.lower(doc.tokens().get(first - 1)))) {
      written = new CharSpan(doc.tokens().get(first - 1).span().begin(), m.span().end());
    }
    return new Attribution(Optional.of(m.span()), written.of(doc.text()), cue);
  }

  /**
   * The nearest earlier person (or organisation or country) that stood as a subject or speaker;
   * failing that, the nearest earlier one of the right type.
   */
  private static Optional<CharSpan> antecedent(Document doc, CharSpan cue, boolean person) {
    int here = Tokens.sentenceAt(doc, cue.begin());
    if (!person && here > 0) {
      Optional<CharSpan> previous = previousSpeaker(doc, here - 1);
      if (previous.isPresent()) {
        return previous;
      }
    }
    Optional<CharSpan> nearest = Optional.empty();
    List<Mention> ms = doc.mentions();
    for (int k = ms.size() - 1; k >= 0; k--) {
      Mention m = ms.get(k);
      boolean fits = person ? m.type() == EntityType.PERSON : Tokens.isActor(m);
      if (!fits || m.span().begin() >= cue.begin()) {
        continue;
      }
      if (nearest.isEmpty()) {
        nearest = Optional.of(m.span());
      }
      if (here - m.sentence() > ANTECEDENT_WINDOW) {
        break;
      }
      if (isSubject(doc, m)) {
        return Optional.of(m.span());
      }
    }
    return nearest;
  }

  /**
   * "The company said it would appeal. 'We ...,' it said.": "it" is the previous sentence's
   * speaker.
   */
  private static Optional<CharSpan> previousSpeaker(Document doc, int sentence) {
    return speakerOf(doc, sentence).flatMap(Attribution::mention);
  }

  /** Followed by its verb or an apposition, or named right after a speech verb. */
  private static boolean isSubject(Document doc, Mention m) {
    List<Token> t = doc.tokens();
    Sentence s = doc.sentences().get(m.sentence());
    int e = Tokens.endToken(doc, m);
    while (e < s.tokens().end() && t.get(e).pos().equals("ADV")) {
      e++;
    }
    if (e < s.tokens().end()) {
      Token next = t.get(e);
      if (next.pos().equals("VERB") || next.pos().equals("AUX") || next.text().equals(",")) {
        return true;
      }
    }
    int b = Tokens.firstToken(doc, m) - 1;
    while (b >= s.tokens().start() && isNominal(t.get(b))) {
      b--;
    }
    return b >= s.tokens().start() && isCue(t, b, s.tokens().end());
  }

  /** "the president", "the Kenyan president": the person the document gives that post. */
  private static Optional<CharSpan> holderOf(Document doc, int a, int e, CharSpan cue) {
    List<Token> t = doc.tokens();
    String head = Tokens.lower(t.get(e - 1));
    List<String> qualifiers =
        t.subList(a + 1, e - 1).stream().map(Tokens::lower).filter(w -> !w.equals(head)).toList();
    Optional<Role> before = Optional.empty();
    Optional<Role> after = Optional.empty();
    for (Role r : RoleExtractor.find(doc)) {
      String title = r.title().toLowerCase(Locale.ROOT);
      if (!List.of(title.split(" ")).contains(head) || !fits(qualifiers, r)) {
        continue;
      }
      if (r.person().begin() < cue.begin()) {
        if (before.isEmpty() || r.person().begin() > before.get().person().begin()) {
          before = Optional.of(r);
        }
      } else if (after.isEmpty()) {
        after = Optional.of(r);
      }
    }
    Optional<Role> r = before.isPresent() ? before : after;
    return r.isPresent() ? Optional.of(r.get().person()) : antecedent(doc, cue, true);
  }

  /** Every qualifier is a word of the title or names the country or organisation served. */
  private static boolean fits(List<String> qualifiers, Role r) {
    String title = r.title().toLowerCase(Locale.ROOT);
    String of = r.ofText().toLowerCase(Locale.ROOT);
    for (String q : qualifiers) {
      if (!title.contains(q) && !sameStem(q, of)) {
        return false;
      }
    }
    return true;
  }

  /** "kenyan" and "kenya", "brazilian" and "brazil": a shared stem of four letters or more. */
  private static boolean sameStem(String a, String b) {
    for (String w : b.split(" ")) {
      int n = 0;
      while (n < a.length() && n < w.length() && a.charAt(n) == w.charAt(n)) {
        n++;
      }
      if (n >= 4 && (n >= a.length() - 3 || n >= w.length() - 3)) {
        return true;
      }
    }
    return false;
  }

  /** "the ministry": the nearest earlier organisation with that word in its name, else any. */
  private static Optional<CharSpan> institution(Document doc, String head, CharSpan cue) {
    Optional<CharSpan> any = Optional.empty();
    List<Mention> ms = doc.mentions();
    for (int k = ms.size() - 1; k >= 0; k--) {
      Mention m = ms.get(k);
      if (m.type() != EntityType.ORGANIZATION || m.span().begin() >= cue.begin()) {
        continue;
      }
      int first = Tokens.firstToken(doc, m);
      if (m.text().toLowerCase(Locale.ROOT).contains(head)
          || first > 0 && Tokens.lower(doc.tokens().get(first - 1)).equals(head)) {
        // "the authority" for the Water Authority; "the company" for "the mining company Acme"
        return Optional.of(m.span());
      }
      if (any.isEmpty()) {
        any = Optional.of(m.span());
      }
    }
    return any;
  }

  /** Start of the clause that ends at {@code end}. */
  private static int clauseStart(List<Token> t, int lo, int end) {
    int i = end;
    while (i - 1 >= lo && !isClauseBoundary(t.get(i - 1))) {
      i--;
    }
    return i;
  }

  private static boolean isClauseBoundary(Token t) {
    String p = t.pos();
    if (p.equals("PUNCT")) {
      return !Tokens.isPossessive(t) && !t.text().equals("(") && !t.text().equals(")");
    }
    if (p.equals("VERB")) {
      return !Lexicon.TITLE_MODIFIERS.contains(Tokens.lower(t));
    }
    return p.equals("SCONJ") || p.equals("AUX") || p.equals("PRON") && isRelative(t);
  }

  private static boolean isRelative(Token t) {
    return Lexicon.words("who which that whose").contains(Tokens.lower(t));
  }

  private static boolean isAdverbial(Token t) {
    return t.pos().equals("ADV") || t.pos().equals("AUX") || t.pos().equals("PART");
  }

  private static boolean isNominal(Token t) {
    String p = t.pos();
    return p.equals("PROPN")
        || p.equals("NOUN")
        || p.equals("ADJ")
        || p.equals("DET")
        || Tokens.isPossessive(t)
        || Lexicon.HONORIFICS.contains(Tokens.lower(t));
  }

  /** No verb: an apposition, not a clause. */
  private static boolean isNounPhrase(List<Token> t, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int k = from; k < to; k++) {
      String p = t.get(k).pos();
      boolean verb = p.equals("VERB") || p.equals("AUX");
      if (verb && !Lexicon.TITLE_MODIFIERS.contains(Tokens.lower(t.get(k)))) {
        return false;
      }
    }
    return true;
  }

  static boolean isQuoteMark(Token t) {
    return Lexicon.words("\" “ ” ‘ ’ '").contains(t.text());
  }
}
