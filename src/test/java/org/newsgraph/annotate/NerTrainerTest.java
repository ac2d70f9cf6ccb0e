package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerTrainerTest {

  @Test
  void trainedModelDecodesWithTheTrainersBeam(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      lines.add(
          "<START:person> Ann Lee <END> flew to <START:location> Oslo <END> on day " + i + " .");
      lines.add("The <START:organization> Acme Group <END> said so .");
      lines.add("");
    }
    Path corpus = dir.resolve("tiny.txt");
    Files.write(corpus, lines);
    TokenNameFinderModel model = NerTrainer.train(List.of(corpus), 1);
    assertEquals(NerTrainer.BEAM_SIZE, beamOf(model));
  }

  @Test
  void shippedModelDecodesWithTheTrainersBeam() {
    assertEquals(NerTrainer.BEAM_SIZE, beamOf(TestDocs.models().nameFinderModel()));
  }

  private static int beamOf(TokenNameFinderModel model) {
    return Integer.parseInt(model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER));
  }
}
