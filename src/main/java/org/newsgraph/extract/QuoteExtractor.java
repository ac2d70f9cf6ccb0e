package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Stage;
import org.newsgraph.model.Token;

/**
 * Finds direct quotes and their speakers.
 *
 * <p>Quote marks are matched per paragraph: curly and straight double marks, and single marks
 * (common in headlines) when they open before a word and close after one, so that apostrophes are
 * not read as quotes. A double mark still open at the end of a paragraph continues in the next
 * paragraph if that one opens with a mark: the whole run is one quote.
 *
 * <p>The speaker is read with {@link Speech}: first from the attribution after the quote in the
 * same sentence ("“…,” he said"), then from the one before it ("X said: “…”"). A quote with no
 * attribution of its own takes the speaker of the quote before it in the same paragraph, or in the
 * previous paragraph when it opens its paragraph ("“A,” he said. “B.”"), else that of a quote right
 * after it. A few quoted words inside a sentence are a partial quote; one of fewer than four words
 * with no speaker is a scare quote and is dropped.
 */
public final class QuoteExtractor implements Stage {

  /** Partial quotes shorter than this with no speaker are scare quotes, not quotes. */
  private static final int MIN_UNATTRIBUTED_PARTIAL_WORDS = 4;

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.POS, Layer.MENTIONS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.QUOTES);
  }

  @Override
  public Document apply(Document doc) {
    return doc.withQuotes(find(doc));
  }

  /**
   * A pair of quote marks in one paragraph; {@code close} is -1 when the paragraph ends first.
   *
   * @param block index of the paragraph
   * @param open offset of the opening mark
   * @param close offset of the closing mark, or -1
   * @param end end of the quoted characters: the closing mark or the paragraph's end
   */
  private record Marks(int block, int open, int close, int end) {}

  /** A quote read but not yet attributed. */
  private record Found(
      List<Marks> marks, List<CharSpan> parts, boolean partial, Optional<Speech.Attribution> own) {

    Marks first() {
      return marks.get(0);
    }

    Marks last() {
      return marks.get(marks.size() - 1);
    }
  }

  static List<Quote> find(Document doc) {
    List<Found> found = new ArrayList<>();
    for (List<Marks> run : runs(doc)) {
      read(doc, run).ifPresent(found::add);
    }
    List<Optional<Speech.Attribution>> speakers = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      Optional<Speech.Attribution> a = f.own();
      if (a.isEmpty() && !f.partial() && i > 0 && continues(doc, found.get(i - 1), f)) {
        a = speakers.get(i - 1);
      }
      speakers.add(a);
    }
    for (int i = found.size() - 2; i >= 0; i--) {
      if (speakers.get(i).isEmpty()
          && !found.get(i).partial()
          && adjacent(doc, found.get(i), found.get(i + 1))) {
        speakers.set(i, speakers.get(i + 1));
      }
    }
    List<Quote> quotes = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      Optional<Speech.Attribution> a = speakers.get(i);
      String text = f.parts().stream().map(p -> p.of(doc.text())).collect(Collectors.joining(" "));
      if (a.isEmpty() && f.partial() && words(text) < MIN_UNATTRIBUTED_PARTIAL_WORDS) {
        continue;
      }
      CharSpan span =
          new CharSpan(f.parts().get(0).begin(), f.parts().get(f.parts().size() - 1).end());
      quotes.add(
          new Quote(
              span,
              Tokens.sentenceAt(doc, span.begin()),
              text,
              a.flatMap(Speech.Attribution::mention),
              a.map(Speech.Attribution::text).orElse(""),
              f.partial()));
    }
    return quotes;
  }

  /** Quote mark pairs, those running over several paragraphs joined into one run. */
  private static List<List<Marks>> runs(Document doc) {
    List<List<Marks>> runs = new ArrayList<>();
    List<Marks> open = null;
    for (int b = 0; b < doc.blocks().size(); b++) {
      Block block = doc.blocks().get(b);
      List<Marks> marks = block.kind() == BlockKind.BYLINE ? List.of() : scan(doc.text(), b, block);
      boolean continued =
          open != null && !marks.isEmpty() && marks.get(0).open() == firstChar(doc.text(), block);
      if (open != null && !continued) {
        runs.add(open);
        open = null;
      }
      for (int i = 0; i < marks.size(); i++) {
        List<Marks> run = i == 0 && continued ? open : new ArrayList<>();
        run.add(marks.get(i));
        open = null;
        if (marks.get(i).close() < 0) {
          open = run;
        } else {
          runs.add(run);
        }
      }
    }
    if (open != null) {
      runs.add(open);
    }
    return runs;
  }

  private static int firstChar(String text, Block block) {
    int i = block.span().begin();
    while (i < block.span().end() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * The quote mark pairs of one paragraph. Single marks are ignored inside double ones (a quote
   * within a quote stays part of it) and dropped when left open, as they are usually apostrophes.
   */
  private static List<Marks> scan(String text, int b, Block block) {
    List<Marks> out = new ArrayList<>();
    int begin = block.span().begin();
    int end = block.span().end();
    int openDouble = -1;
    int openSingle = -1;
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      boolean wordBefore = i > begin && Character.isLetterOrDigit(text.charAt(i - 1));
      boolean spaceBefore =
          i == begin || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
      boolean wordAfter = i + 1 < end && Character.isLetterOrDigit(text.charAt(i + 1));
      boolean spaceAfter = i + 1 >= end || !Character.isLetterOrDigit(text.charAt(i + 1));
      if (openDouble >= 0) {
        if (c == '”' || c == '"') {
          out.add(new Marks(b, openDouble, i, i));
          openDouble = -1;
        }
      } else if (c == '“' || c == '"' && !Character.isWhitespace(charAt(text, i + 1, end))) {
        openDouble = i;
        openSingle = -1;
      } else if (openSingle >= 0) {
        if ((c == '’' || c == '\'') && !Character.isWhitespace(text.charAt(i - 1)) && spaceAfter) {
          out.add(new Marks(b, openSingle, i, i));
          openSingle = -1;
        }
      } else if (c == '‘' && !wordBefore || c == '\'' && spaceBefore && wordAfter) {
        openSingle = i;
      }
    }
    if (openDouble >= 0) {
      out.add(new Marks(b, openDouble, -1, end));
    }
    return out;
  }

  private static char charAt(String text, int i, int end) {
    return i < end ? text.charAt(i) : ' ';
  }

  /** The quoted words of a run, whether they stand in a sentence, and their own attribution. */
  private static Optional<Found> read(Document doc, List<Marks> run) {
    List<CharSpan> parts = new ArrayList<>();
    for (Marks m : run) {
      trim(doc.text(), m.open() + 1, m.end()).ifPresent(parts::add);
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    Marks first = run.get(0);
    Marks last = run.get(run.size() - 1);
    int s0 = Tokens.sentenceAt(doc, first.open());
    if (s0 < 0) {
      return Optional.empty();
    }
    Sentence opening = doc.sentences().get(s0);
    int before = Math.max(opening.span().begin(), previousClose(doc, first));
    String lead = doc.text().substring(before, first.open()).strip();
    String quoted = parts.get(0).of(doc.text());
    boolean partial = run.size() == 1 && isPartial(lead, quoted);

    Optional<Speech.Attribution> own = Optional.empty();
    if (last.close() >= 0) {
      int s1 = Tokens.sentenceAt(doc, last.close());
      if (s1 >= 0) {
        int end = Math.min(doc.sentences().get(s1).span().end(), nextOpen(doc, last));
        if (end > last.close() + 1) {
          own =
              Speech.speakerOf(doc, s1, new CharSpan(last.close() + 1, end))
                  .filter(a -> leadsTo(doc, last.close() + 1, a.cue()));
        }
      }
    }
    if (own.isEmpty() && !lead.isEmpty()) {
      own = Speech.speakerOf(doc, s0, new CharSpan(before, first.open()));
    }
    return Optional.of(new Found(run, parts, partial, own));
  }

  /**
   * The attribution after a quote must follow it directly ("”, the minister said"), not be the
   * speech verb of a later clause ("” has drawn criticism since X announced").
   */
  private static boolean leadsTo(Document doc, int from, CharSpan cue) {
    for (int i = Tokens.firstAtOrAfter(doc, from); i < doc.tokens().size(); i++) {
      Token t = doc.tokens().get(i);
      if (t.span().begin() >= cue.begin()) {
        return true;
      }
      String pos = t.pos();
      if (pos.equals("VERB") || pos.equals("AUX") || pos.equals("SCONJ")) {
        return Lexicon.TITLE_MODIFIERS.contains(Tokens.lower(t));
      }
    }
    return true;
  }

  /**
   * Quoted words inside a sentence of the writer's own: there are words before the mark and they do
   * not end in a colon or speech verb introducing a full quote.
   */
  private static boolean isPartial(String lead, String quoted) {
    if (lead.isEmpty()) {
      return false;
    }
    boolean capital =
        Character.isUpperCase(quoted.charAt(0)) || Character.isDigit(quoted.charAt(0));
    if (!capital) {
      return true;
    }
    if (lead.endsWith(":") || lead.endsWith(",")) {
      return false;
    }
    String[] words = lead.split("\\s+");
    String lastWord = words[words.length - 1].toLowerCase(Locale.ROOT);
    return !Lexicon.SPEECH_VERBS.contains(lastWord);
  }

  private static int previousClose(Document doc, Marks m) {
    int close = -1;
    String text = doc.text();
    Block block = doc.blocks().get(m.block());
    for (Marks other : scan(text, m.block(), block)) {
      if (other.close() >= 0 && other.close() < m.open()) {
        close = other.close() + 1;
      }
    }
    return close;
  }

  private static int nextOpen(Document doc, Marks m) {
    Block block = doc.blocks().get(m.block());
    for (Marks other : scan(doc.text(), m.block(), block)) {
      if (other.open() > m.close()) {
        return other.open();
      }
    }
    return block.span().end();
  }

  /** The quoted characters without surrounding space and the comma before the closing mark. */
  private static Optional<CharSpan> trim(String text, int begin, int end) {
    int b = begin;
    int e = end;
    while (b < e && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
      e--;
    }
    return b < e ? Optional.of(new CharSpan(b, e)) : Optional.empty();
  }

  /** The later quote goes on from the earlier: same paragraph, or it opens the next one. */
  private static boolean continues(Document doc, Found earlier, Found later) {
    int b = later.first().block();
    if (earlier.last().block() == b) {
      return true;
    }
    return earlier.last().block() == b - 1
        && later.first().open() == firstChar(doc.text(), doc.blocks().get(b));
  }

  /** Nothing but space and punctuation between two quotes of one paragraph. */
  private static boolean adjacent(Document doc, Found earlier, Found later) {
    if (earlier.last().block() != later.first().block() || earlier.last().close() < 0) {
      return false;
    }
    String between = doc.text().substring(earlier.last().close() + 1, later.first().open());
    return between.chars().noneMatch(Character::isLetterOrDigit);
  }

  private static int words(String text) {
    return text.strip().split("\\s+").length;
  }
}
