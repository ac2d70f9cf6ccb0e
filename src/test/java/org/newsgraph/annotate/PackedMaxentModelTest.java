package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

class PackedMaxentModelTest {

  private static final GISModel GIS =
      (GISModel) TestDocs.models().nameFinderModel().getArtifact("nameFinder.model");
  private static final PackedMaxentModel PACKED = new PackedMaxentModel(GIS);

  @SuppressWarnings("unchecked")
  private static List<String> features() {
    return new ArrayList<>(((Map<String, Context>) GIS.getDataStructures()[1]).keySet());
  }

  /** Every feature of the model, alone, gives exactly the model's probabilities. */
  @Test
  void everyFeatureKeepsItsWeights() {
    for (String feature : features()) {
      String[] context = {feature};
      assertArrayEquals(GIS.eval(context), PACKED.eval(context), 0.0, feature);
    }
  }

  /** Contexts mixing known features, repeats and unknown ones sum in the model's order. */
  @Test
  void contextsSumExactlyAsTheModel() {
    List<String> features = features();
    Random random = new Random(7);
    for (int n = 0; n < 2000; n++) {
      String[] context = new String[1 + random.nextInt(40)];
      for (int i = 0; i < context.length; i++) {
        context[i] =
            random.nextInt(5) == 0
                ? "unknown=" + random.nextInt()
                : features.get(random.nextInt(features.size()));
      }
      if (context.length > 1) {
        context[context.length - 1] = context[0];
      }
      assertArrayEquals(GIS.eval(context), PACKED.eval(context), 0.0);
    }
  }

  @Test
  void unknownFeaturesGiveTheUniformPrior() {
    double[] probs = PACKED.eval(new String[] {"w=no-such-feature", ""});
    double uniform = 1.0 / GIS.getNumOutcomes();
    for (double p : probs) {
      assertEquals(uniform, p, 1e-15);
    }
  }

  @Test
  void fingerprintsDifferForNearStrings() {
    assertNotEquals(PackedMaxentModel.fingerprint("w=a"), PackedMaxentModel.fingerprint("w=b"));
    assertNotEquals(PackedMaxentModel.fingerprint("ab"), PackedMaxentModel.fingerprint("ba"));
    assertNotEquals(0L, PackedMaxentModel.fingerprint(""));
  }
}
