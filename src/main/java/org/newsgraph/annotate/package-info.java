/**
 * Linguistic annotation: takes a cleaned {@link org.newsgraph.model.Document} (TEXT and blocks) and
 * adds sentences, tokens, POS tags and typed name mentions.
 *
 * <p>{@link org.newsgraph.annotate.Models} loads the shared, thread-safe models once (Apache
 * OpenNLP's English UD sentence, token and POS models, the project's name-finder model and the
 * {@link org.newsgraph.annotate.Gazetteer}); {@link org.newsgraph.annotate.Annotators} creates the
 * per-thread stages over them. {@link org.newsgraph.annotate.NerTrainer} and {@link
 * org.newsgraph.annotate.NerEvaluator} train and score the name finder on corpora in OpenNLP's
 * name-finder format (see {@code src/data/README.md}).
 */
package org.newsgraph.annotate;
