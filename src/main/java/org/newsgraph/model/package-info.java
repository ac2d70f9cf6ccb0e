/**
 * The typed document model that passes between the pipeline stages: immutable records only.
 *
 * <p>Offsets are always into the cleaned text of a {@link org.newsgraph.model.Document}; {@link
 * org.newsgraph.model.CharSpan} (characters) and {@link org.newsgraph.model.TokenSpan} (token
 * indices) are separate types so the two can never be mixed up.
 */
package org.newsgraph.model;
