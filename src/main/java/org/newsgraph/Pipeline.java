package org.newsgraph;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.annotate.Annotators;
import org.newsgraph.annotate.Models;
import org.newsgraph.clean.Cleaner;
import org.newsgraph.extract.DateExtractor;
import org.newsgraph.extract.EventExtractor;
import org.newsgraph.extract.QuantityExtractor;
import org.newsgraph.extract.QuoteExtractor;
import org.newsgraph.extract.RoleExtractor;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layer;
import org.newsgraph.model.RawArticle;
import org.newsgraph.model.Stage;
import org.newsgraph.resolve.Resolver;

/**
 * Raw article in, resolved document out: clean, then each stage in turn. Checked when built: every
 * stage's required layers must be provided by the stages before it. Not thread-safe (the annotators
 * hold per-thread model state): use one pipeline per thread; {@link Models} are shared.
 */
public final class Pipeline {

  /**
   * Version of the extraction: stored on every article, so that a build with a newer pipeline
   * re-extracts articles the store already holds. Raise it whenever extraction output changes.
   */
  public static final String VERSION = "15";

  private final Cleaner cleaner = new Cleaner();
  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  /** The full pipeline over shared models. */
  public static Pipeline create(Models models) {
    List<Stage> stages = new ArrayList<>(Annotators.create(models));
    stages.add(new RoleExtractor());
    stages.add(new QuoteExtractor());
    stages.add(new DateExtractor());
    stages.add(new QuantityExtractor());
    stages.add(new EventExtractor());
    stages.add(new Resolver(models.gazetteer()));
    return of(stages);
  }

  /** A pipeline of the given stages after cleaning; fails if a stage's inputs are not provided. */
  public static Pipeline of(List<Stage> stages) {
    Set<Layer> have = EnumSet.of(Layer.TEXT);
    for (Stage s : stages) {
      if (!have.containsAll(s.requires())) {
        Set<Layer> missing = EnumSet.copyOf(s.requires());
        missing.removeAll(have);
        throw new IllegalStateException(
            s.getClass().getSimpleName()
                + " needs "
                + missing
                + " which no earlier stage provides");
      }
      have.addAll(s.provides());
    }
    return new Pipeline(stages);
  }

  /** The stages that run after cleaning, in order. */
  public List<Stage> stages() {
    return stages;
  }

  public Document process(RawArticle raw) {
    Document doc = cleaner.clean(raw);
    for (Stage s : stages) {
      doc = s.apply(doc);
    }
    return doc;
  }
}
