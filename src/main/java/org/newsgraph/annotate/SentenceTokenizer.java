package org.newsgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.newsgraph.model.Block;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Stage;
import org.newsgraph.model.Token;
import org.newsgraph.model.TokenSpan;

/**
 * Splits each block into sentences and each sentence into tokens (TEXT → SENTENCES, TOKENS).
 *
 * <p>Starts from OpenNLP's UD tokenizer and moves it towards the conventions of the NER training
 * data: parts joined by hyphens without spaces become one token ("Jean-Paul", "long-running"); a
 * possessive {@code 's} or {@code ’s} is split off; quotes and brackets are always tokens of their
 * own.
 */
final class SentenceTokenizer implements Stage {

  private static final String OPENERS = "“‘\"([{«";
  private static final String CLOSERS = "”’\")]}»";

  private final SentenceDetectorME sentenceDetector;
  private final TokenizerME tokenizer;

  SentenceTokenizer(Models models) {
    this.sentenceDetector = new SentenceDetectorME(models.sentenceModel());
    this.tokenizer = new TokenizerME(models.tokenizerModel());
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TEXT);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.SENTENCES, Layer.TOKENS);
  }

  @Override
  public Document apply(Document doc) {
    String text = doc.text();
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    for (Block block : doc.blocks()) {
      String blockText = block.span().of(text);
      for (Span s : sentenceDetector.sentPosDetect(blockText)) {
        int begin = block.span().begin() + s.getStart();
        int end = block.span().begin() + s.getEnd();
        List<CharSpan> spans = tokenize(text, begin, end);
        if (spans.isEmpty()) {
          continue;
        }
        int first = tokens.size();
        for (CharSpan span : spans) {
          tokens.add(new Token(span.of(text), span, ""));
        }
        CharSpan sentenceSpan =
            new CharSpan(spans.get(0).begin(), spans.get(spans.size() - 1).end());
        sentences.add(
            new Sentence(
                sentences.size(), sentenceSpan, new TokenSpan(first, tokens.size()), block.kind()));
      }
    }
    return doc.withSentences(sentences, tokens);
  }

  /** Token spans, as document offsets, of the text between {@code begin} and {@code end}. */
  private List<CharSpan> tokenize(String text, int begin, int end) {
    List<CharSpan> raw = new ArrayList<>();
    int from = begin;
    int runStart = begin;
    // The tokenizer's cost grows steeply with the length of a run without spaces; a run longer
    // than any word (a URL, a hash, garbage) is one token and is not given to it.
    for (int i = begin; i <= end; i++) {
      if (i == end || Character.isWhitespace(text.charAt(i))) {
        if (i - runStart > MAX_WORD_CHARS) {
          tokenizeChunk(text, from, runStart, raw);
          raw.add(new CharSpan(runStart, i));
          from = i;
        }
        runStart = i + 1;
      }
    }
    tokenizeChunk(text, from, end, raw);
    return splitPossessives(text, joinHyphens(text, raw));
  }

  /** Longer runs without a space are kept whole rather than tokenized. */
  private static final int MAX_WORD_CHARS = 200;

  private void tokenizeChunk(String text, int begin, int end, List<CharSpan> out) {
    if (begin >= end) {
      return;
    }
    for (Span t : tokenizer.tokenizePos(text.substring(begin, end))) {
      splitQuotesAndBrackets(text, new CharSpan(begin + t.getStart(), begin + t.getEnd()), out);
    }
  }

  /** Peels quotes and brackets off both ends of a token. */
  private static void splitQuotesAndBrackets(String text, CharSpan t, List<CharSpan> out) {
    int b = t.begin();
    int e = t.end();
    while (b < e - 1 && OPENERS.indexOf(text.charAt(b)) >= 0) {
      out.add(new CharSpan(b, b + 1));
      b++;
    }
    List<CharSpan> closing = new ArrayList<>();
    while (e - 1 > b && CLOSERS.indexOf(text.charAt(e - 1)) >= 0) {
      closing.add(0, new CharSpan(e - 1, e));
      e--;
    }
    out.add(new CharSpan(b, e));
    out.addAll(closing);
  }

  /** Joins "word - word" into one token when nothing separates the parts. */
  private static List<CharSpan> joinHyphens(String text, List<CharSpan> in) {
    List<CharSpan> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      CharSpan cur = in.get(i);
      while (i + 2 < in.size()
          && isHyphen(in.get(i + 1).of(text))
          && cur.end() == in.get(i + 1).begin()
          && in.get(i + 1).end() == in.get(i + 2).begin()
          && isWordy(text.charAt(cur.end() - 1))
          && isWordy(text.charAt(in.get(i + 2).begin()))) {
        cur = new CharSpan(cur.begin(), in.get(i + 2).end());
        i += 2;
      }
      while (i + 1 < in.size()
          && cur.end() == in.get(i + 1).begin()
          && in.get(i + 1).length() > 1
          && isHyphen(String.valueOf(text.charAt(in.get(i + 1).begin())))
          && isWordy(text.charAt(cur.end() - 1))
          && isWordy(text.charAt(in.get(i + 1).begin() + 1))) {
        // the tokenizer sometimes keeps the hyphen on the second part: "Director" "-General"
        cur = new CharSpan(cur.begin(), in.get(i + 1).end());
        i++;
      }
      out.add(cur);
    }
    return out;
  }

  /** Splits a trailing possessive {@code 's} or {@code ’s} off its word. */
  private static List<CharSpan> splitPossessives(String text, List<CharSpan> in) {
    List<CharSpan> out = new ArrayList<>(in.size());
    for (CharSpan t : in) {
      int e = t.end();
      if (t.length() > 2
          && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')
          && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '’')
          && Character.isLetterOrDigit(text.charAt(e - 3))) {
        out.add(new CharSpan(t.begin(), e - 2));
        out.add(new CharSpan(e - 2, e));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  private static boolean isHyphen(String s) {
    return s.equals("-") || s.equals("‑") || s.equals("‐");
  }

  private static boolean isWordy(char c) {
    return Character.isLetterOrDigit(c);
  }
}
