package org.newsgraph.model;

import java.util.Set;

/**
 * One step of the pipeline: takes a document and returns it with more layers. A stage says which
 * layers it needs and which it adds, so a pipeline can be checked when it is built rather than fail
 * on the first article.
 */
public interface Stage {

  /** Layers that must be present before this stage runs. */
  Set<Layer> requires();

  /** Layers this stage adds. */
  Set<Layer> provides();

  /** Runs the stage; pure apart from per-thread model state. */
  Document apply(Document doc);
}
