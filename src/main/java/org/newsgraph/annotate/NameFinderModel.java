package org.newsgraph.annotate;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A name-finder model whose decoders evaluate its maximum-entropy model through a {@link
 * PackedMaxentModel}: the same names and probabilities as OpenNLP's own decoder, about twice as
 * fast. The packed model is built once and shared; each {@link NameFinderME} still gets its own
 * beam search.
 */
final class NameFinderModel extends TokenNameFinderModel {

  /** The artifact under which OpenNLP stores a name finder's maximum-entropy model. */
  private static final String MAXENT_ARTIFACT = "nameFinder.model";

  private final PackedMaxentModel packed;

  NameFinderModel(InputStream in) throws IOException {
    super(in);
    this.packed =
        getArtifact(MAXENT_ARTIFACT) instanceof GISModel gis ? new PackedMaxentModel(gis) : null;
  }

  @Override
  public SequenceClassificationModel getNameFinderSequenceModel() {
    if (packed == null) {
      return super.getNameFinderSequenceModel();
    }
    String beam = getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    int size = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
    return new BeamSearch(size, packed);
  }
}
