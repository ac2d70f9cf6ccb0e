package org.newsgraph.extract;

import java.util.Set;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Stage;

/**
 * Adds the DATES layer: every date expression of the text that resolves, through {@link
 * RelativeDates}, with the sentence it stands in. Found once here for the stages that date what
 * they extract (quantities, events).
 */
public final class DateExtractor implements Stage {

  /** Creates the stage; it holds no state. */
  public DateExtractor() {}

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.DATES);
  }

  @Override
  public Document apply(Document doc) {
    return doc.withDates(RelativeDates.find(doc));
  }
}
