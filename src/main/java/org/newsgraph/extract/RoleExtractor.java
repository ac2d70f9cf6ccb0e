package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Document;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Role;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Stage;
import org.newsgraph.model.Token;

/**
 * Finds the posts people hold, as the text states them next to the person's name:
 *
 * <ul>
 *   <li>before the name: "Kenyan President X", "Brazil's energy minister X", "Prime Minister X"
 *   <li>in an apposition after it: "X, a spokesman for Y", "X, the foreign minister of Y"
 *   <li>in an apposition before it: "the acting chief of the Y, Colonel X", "Y's foreign minister,
 *       X"
 *   <li>as membership of an institution: "X of the Chilean coast guard" (the post is the
 *       institution's name, as no title word is given)
 * </ul>
 *
 * <p>Titles are title-cased without the country or possessive ("Interior Minister"); the country or
 * organisation served is the mention found in the phrase, or left empty when the phrase names none
 * (a later stage may infer it from context). Headline, caption and body sentences are read; bylines
 * are not.
 */
public final class RoleExtractor implements Stage {

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.POS, Layer.MENTIONS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.ROLES);
  }

  @Override
  public Document apply(Document doc) {
    Optional<Mention> home = datelineCountry(doc);
    List<Role> roles = find(doc);
    if (home.isPresent()) {
      Mention c = home.get();
      roles =
          roles.stream()
              .map(
                  r ->
                      r.of().isEmpty() && r.ofText().isEmpty() && isNationalPost(r.title())
                          ? new Role(
                              r.person(),
                              r.title(),
                              Optional.of(c.span()),
                              c.text(),
                              r.evidence(),
                              r.sentence())
                          : r)
              .toList();
    }
    return doc.withRoles(roles);
  }

  /**
   * The country of a wire-style dateline opening an early body paragraph ("NAIROBI, Kenya --"): a
   * national post named without its country ("Prime Minister X") is that country's.
   */
  static Optional<Mention> datelineCountry(Document doc) {
    List<Sentence> openers =
        doc.sentences().stream()
            .filter(s -> s.kind() == BlockKind.BODY)
            .filter(s -> doc.blocks().stream().anyMatch(b -> b.span().begin() == s.span().begin()))
            .limit(DATELINE_PARAGRAPHS)
            .toList();
    for (Sentence s : openers) {
      Matcher m = DATELINE.matcher(doc.textOf(s.span()));
      if (m.find()) {
        int begin = s.span().begin();
        int end = begin + m.end();
        return doc.mentions().stream()
            .filter(x -> x.type() == EntityType.COUNTRY)
            .filter(x -> x.span().begin() >= begin && x.span().end() <= end)
            .findFirst();
      }
    }
    return Optional.empty();
  }

  /** A dateline opens one of the first paragraphs (after a caption or standfirst, say). */
  private static final int DATELINE_PARAGRAPHS = 3;

  private static final Pattern DATELINE =
      Pattern.compile("^\\p{Lu}[\\p{Lu} .'-]+,(?: [\\p{L}.'-]+)+\\s*(?:--|\u2014|\u2013)");

  /** A post that belongs to a national government, so a dateline can tell whose it is. */
  private static boolean isNationalPost(String title) {
    String t = title.toLowerCase(Locale.ROOT);
    return t.endsWith("president")
        || t.endsWith("minister")
        || t.endsWith("premier")
        || t.endsWith("chancellor");
  }

  /** The roles stated in a document, ordered by person and title; also used to resolve "the X". */
  static List<Role> find(Document doc) {
    List<Role> roles = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Mention p : doc.mentions()) {
      if (p.type() != EntityType.PERSON) {
        continue;
      }
      Sentence s = doc.sentences().get(p.sentence());
      if (s.kind() == BlockKind.BYLINE) {
        continue;
      }
      for (Role r : rolesOf(doc, p, s)) {
        if (seen.add(r.person() + "|" + r.title() + "|" + r.ofText())) {
          roles.add(r);
        }
      }
    }
    roles.sort(Comparator.comparing(Role::person).thenComparing(Role::title));
    return roles;
  }

  /** A title phrase read from tokens {@code [from, to)}. */
  private record Phrase(String title, Optional<Mention> of, String ofText, int from, int to) {}

  private static List<Role> rolesOf(Document doc, Mention p, Sentence s) {
    List<Token> t = doc.tokens();
    int lo = s.tokens().start();
    int hi = s.tokens().end();
    int first = Tokens.firstToken(doc, p);
    int end = Tokens.endToken(doc, p);
    List<Phrase> found = new ArrayList<>();

    Optional<Phrase> before = titleBefore(doc, lo, first);
    before.ifPresent(found::add);
    int left = before.map(Phrase::from).orElse(first);
    if (left - 1 > lo && t.get(left - 1).text().equals(",")) {
      int from = boundaryBefore(t, lo, left - 1);
      parse(doc, from, left - 1, true).ifPresent(found::add);
    }
    if (end < hi && t.get(end).text().equals(",")) {
      int to = boundaryAfter(t, end + 1, hi);
      parse(doc, end + 1, to, true).ifPresent(found::add);
    }
    Optional<Phrase> member = institutionAfter(doc, end, hi);
    if (member.isPresent()) {
      Optional<Phrase> bare =
          found.stream().filter(f -> f.of().isEmpty() && f.ofText().isEmpty()).findFirst();
      if (bare.isPresent()) {
        // "Spokesman X of the city council": the institution completes the title before the name
        Phrase b = bare.get();
        found.set(
            found.indexOf(b),
            new Phrase(b.title(), member.get().of(), member.get().ofText(), b.from(), b.to()));
      } else {
        found.add(member.get());
      }
    }

    List<Role> roles = new ArrayList<>();
    for (Phrase f : found) {
      int from = Math.min(f.from(), first);
      int to = Math.max(f.to(), end);
      roles.add(
          new Role(
              p.span(),
              f.title(),
              f.of().map(Mention::span),
              f.ofText(),
              Tokens.span(doc, from, to),
              s.index()));
    }
    return roles;
  }

  /** "Kenyan President X", "Brazil's energy minister X", "Mr X" is no title. */
  private static Optional<Phrase> titleBefore(Document doc, int lo, int first) {
    List<Token> t = doc.tokens();
    int j = first - 1;
    if (j >= lo && Lexicon.HONORIFICS.contains(Tokens.lower(t.get(j)))) {
      j--;
    }
    if (j < lo || !Lexicon.isTitleHead(Tokens.lower(t.get(j)))) {
      return Optional.empty();
    }
    int k = j;
    while (k - 1 >= lo) {
      int prev = k - 1;
      Optional<Mention> m = Tokens.mentionAt(doc, prev);
      if (m.isPresent()) {
        if (Tokens.isActor(m.get())) {
          k = Tokens.firstToken(doc, m.get());
        }
        break;
      }
      if (Tokens.isPossessive(t.get(prev))) {
        Optional<Mention> owner =
            prev - 1 >= lo ? Tokens.mentionAt(doc, prev - 1) : Optional.empty();
        if (owner.isPresent() && Tokens.isActor(owner.get())) {
          k = Tokens.firstToken(doc, owner.get());
        }
        break;
      }
      if (!isTitleWord(t.get(prev))) {
        break;
      }
      k = prev;
    }
    return parse(doc, k, j + 1, true);
  }

  /** "X of the Chilean coast guard": no title word, so the institution names the post. */
  private static Optional<Phrase> institutionAfter(Document doc, int end, int hi) {
    List<Token> t = doc.tokens();
    if (end >= hi || !Tokens.lower(t.get(end)).equals("of")) {
      return Optional.empty();
    }
    int from = end + 1;
    int i = from;
    while (i < hi && isNounPhraseWord(t.get(i))) {
      i++;
    }
    if (i == from || !Lexicon.INSTITUTIONS.contains(Tokens.lower(t.get(i - 1)))) {
      return Optional.empty();
    }
    List<String> words = new ArrayList<>();
    Optional<Mention> org = Optional.empty();
    Optional<Mention> country = Optional.empty();
    for (int k = from; k < i; k++) {
      Optional<Mention> m = Tokens.mentionAt(doc, k);
      if (m.isPresent() && m.get().type() == EntityType.PERSON) {
        return Optional.empty();
      }
      if (m.isPresent() && m.get().type() == EntityType.ORGANIZATION && org.isEmpty()) {
        org = m;
      }
      if (m.isPresent() && m.get().type() == EntityType.COUNTRY) {
        country = country.isPresent() ? country : m;
        continue;
      }
      if (!Tokens.isDeterminer(t.get(k))) {
        words.add(t.get(k).text());
      }
    }
    if (words.isEmpty()) {
      return Optional.empty();
    }
    String ofText = Tokens.span(doc, from, i).of(doc.text());
    Optional<Mention> of = org.isPresent() ? org : country;
    return Optional.of(new Phrase(titleCase(words), of, ofText, end, i));
  }

  private static boolean isNounPhraseWord(Token t) {
    return Tokens.isDeterminer(t)
        || t.pos().equals("NOUN")
        || t.pos().equals("PROPN")
        || t.pos().equals("ADJ");
  }

  /**
   * Reads a title phrase from {@code [from, to)}: an optional article, the country or organisation
   * (with or without a possessive), modifiers and field words, a title head, then optionally "of",
   * "for" or "at" and the country or organisation served.
   */
  private static Optional<Phrase> parse(Document doc, int from, int to, boolean whole) {
    List<Token> t = doc.tokens();
    int i = from;
    if (i < to && Tokens.isDeterminer(t.get(i))) {
      i++;
    }
    List<String> words = new ArrayList<>();
    Optional<Mention> of = Optional.empty();
    while (i < to) {
      Optional<Mention> m = Tokens.mentionAt(doc, i);
      if (m.isPresent()) {
        if (!Tokens.isActor(m.get()) || of.isPresent()) {
          return Optional.empty();
        }
        of = m;
        i = Tokens.endToken(doc, m.get());
        if (i < to && Tokens.isPossessive(t.get(i))) {
          i++;
        }
        continue;
      }
      if (!isTitleWord(t.get(i))) {
        break;
      }
      words.add(t.get(i).text());
      i++;
    }
    if (words.isEmpty()
        || !Lexicon.isTitleHead(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    String ofText = of.map(Mention::text).orElse("");
    if (i < to && Set.of("of", "for", "at").contains(Tokens.lower(t.get(i)))) {
      int tail = i + 1;
      if (tail >= to || to - tail > 8 || of.isPresent()) {
        return Optional.empty();
      }
      for (int k = tail; k < to; k++) {
        if (t.get(k).pos().equals("PUNCT") || t.get(k).pos().equals("VERB")) {
          return Optional.empty();
        }
      }
      int content = Tokens.isDeterminer(t.get(tail)) ? tail + 1 : tail;
      for (int k = tail; k < to && of.isEmpty(); k++) {
        Optional<Mention> m = Tokens.mentionAt(doc, k);
        if (m.isPresent() && m.get().type() == EntityType.PERSON) {
          return Optional.empty();
        }
        if (m.isPresent() && Tokens.isActor(m.get())) {
          of = m;
        }
      }
      CharSpan contentSpan = Tokens.span(doc, content, to);
      boolean covered = of.isPresent() && of.get().span().contains(contentSpan);
      ofText = covered ? of.get().text() : Tokens.span(doc, tail, to).of(doc.text());
      i = to;
    }
    if (whole && i != to) {
      return Optional.empty();
    }
    return Optional.of(new Phrase(titleCase(words), of, ofText, from, i));
  }

  /** Title words: heads, modifiers, fields; other lower-case nouns and adjectives as fields. */
  private static boolean isTitleWord(Token t) {
    String w = Tokens.lower(t);
    if (Lexicon.isTitleHead(w)
        || Lexicon.TITLE_MODIFIERS.contains(w)
        || Lexicon.PORTFOLIOS.contains(w)) {
      return true;
    }
    boolean lowerCase = t.text().equals(w) && Character.isLetter(t.text().charAt(0));
    return lowerCase && (t.pos().equals("NOUN") || t.pos().equals("ADJ"));
  }

  /** Start of the clause that ends at {@code comma}: after the previous comma or similar mark. */
  private static int boundaryBefore(List<Token> t, int lo, int comma) {
    int i = comma;
    while (i - 1 >= lo && !isBoundary(t.get(i - 1))) {
      i--;
    }
    return i;
  }

  private static int boundaryAfter(List<Token> t, int from, int hi) {
    int i = from;
    while (i < hi && !isBoundary(t.get(i))) {
      i++;
    }
    return i;
  }

  private static boolean isBoundary(Token t) {
    return t.pos().equals("PUNCT") && !Tokens.isPossessive(t) && !t.text().equals("-");
  }

  /** "interior minister" → "Interior Minister"; all-capital words (CEO) stay as they are. */
  static String titleCase(List<String> words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (b.length() > 0) {
        b.append(' ');
      }
      if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) {
        b.append(w);
        continue;
      }
      String[] parts = w.toLowerCase(Locale.ROOT).split("-", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          b.append('-');
        }
        if (!parts[i].isEmpty()) {
          b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
      }
    }
    return b.toString();
  }
}
