/**
 * Resolution: takes a document with typed mentions and returns it with every mention pointing to an
 * {@link org.newsgraph.model.Entity} whose key is derived from content (a country's ISO code, a
 * person's normalised full name), so the same entity gets the same IRI in every article.
 */
package org.newsgraph.resolve;
