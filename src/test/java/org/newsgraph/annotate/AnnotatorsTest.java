package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Stage;

class AnnotatorsTest {

  @Test
  void stagesComeInAnOrderWhoseRequirementsAreMet() {
    List<Stage> stages = Annotators.create(TestDocs.models());
    Set<Layer> present = EnumSet.of(Layer.TEXT);
    for (Stage s : stages) {
      assertTrue(present.containsAll(s.requires()), s.getClass().getSimpleName());
      present.addAll(s.provides());
    }
    assertEquals(
        EnumSet.of(Layer.TEXT, Layer.SENTENCES, Layer.TOKENS, Layer.POS, Layer.MENTIONS), present);
  }

  @Test
  void eachCallGivesFreshRuntimeObjects() {
    List<Stage> a = Annotators.create(TestDocs.models());
    List<Stage> b = Annotators.create(TestDocs.models());
    for (int i = 0; i < a.size(); i++) {
      assertTrue(a.get(i) != b.get(i));
    }
  }
}
