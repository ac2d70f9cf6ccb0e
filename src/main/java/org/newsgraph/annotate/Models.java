package org.newsgraph.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The statistical models and gazetteers the annotators share: load once, share between threads
 * (OpenNLP models are thread-safe), and create per-thread annotators with {@link
 * Annotators#create(Models)}.
 *
 * <p>Sentence, token and POS models are Apache OpenNLP's UD English EWT models (from the {@code
 * opennlp-models-*-en} jars); the name finder is {@code org/newsgraph/annotate/ner-en.bin}, trained
 * by {@link NerTrainer}.
 */
public final class Models {

  static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  static final String NER_MODEL = "/org/newsgraph/annotate/ner-en.bin";

  private final SentenceModel sentences;
  private final TokenizerModel tokens;
  private final POSModel pos;
  private final TokenNameFinderModel names;
  private final Gazetteer gazetteer;

  private Models(
      SentenceModel sentences,
      TokenizerModel tokens,
      POSModel pos,
      TokenNameFinderModel names,
      Gazetteer gazetteer) {
    this.sentences = sentences;
    this.tokens = tokens;
    this.pos = pos;
    this.names = names;
    this.gazetteer = gazetteer;
  }

  /**
   * Loads every model and gazetteer from the classpath; takes a few seconds, so do it once.
   *
   * @throws UncheckedIOException if a model cannot be read
   * @throws IllegalStateException if a model resource is missing
   */
  public static Models load() {
    return new Models(
        read(SENTENCE_MODEL, SentenceModel::new),
        read(TOKEN_MODEL, TokenizerModel::new),
        read(POS_MODEL, POSModel::new),
        read(NER_MODEL, NameFinderModel::new),
        Gazetteer.load());
  }

  /** Country and city names. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The sentence model, for measuring OpenNLP alone (the benchmark's floor). */
  public SentenceModel sentenceModel() {
    return sentences;
  }

  /** The tokenizer model, for measuring OpenNLP alone. */
  public TokenizerModel tokenizerModel() {
    return tokens;
  }

  /** The POS model, for measuring OpenNLP alone. */
  public POSModel posModel() {
    return pos;
  }

  /** The name-finder model, for evaluation; annotators use it through {@link Annotators}. */
  public TokenNameFinderModel nameFinderModel() {
    return names;
  }

  /** Reads a model from a stream; the OpenNLP model constructors have this shape. */
  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T read(String resource, ModelReader<T> reader) {
    try (InputStream in = Models.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("model resource not on the classpath: " + resource);
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + resource, e);
    }
  }
}
