package org.newsgraph.annotate;

import java.util.List;
import org.newsgraph.model.Stage;

/** Creates the annotation stages: sentences and tokens, POS tags, names. */
public final class Annotators {

  private Annotators() {}

  /**
   * Fresh annotators over shared models, in pipeline order. The stages hold OpenNLP runtime objects
   * ({@code *ME}), which are not thread-safe: create one list per thread.
   *
   * <ol>
   *   <li>TEXT → SENTENCES, TOKENS: sentences inside blocks, tokens with offsets
   *   <li>SENTENCES, TOKENS → POS: Universal Dependencies tags
   *   <li>SENTENCES, TOKENS, POS → MENTIONS: people, organisations, countries, places
   * </ol>
   */
  public static List<Stage> create(Models models) {
    return List.of(new SentenceTokenizer(models), new PosTagger(models), new NameAnnotator(models));
  }
}
