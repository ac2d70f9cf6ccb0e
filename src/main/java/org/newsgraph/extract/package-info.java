/**
 * Extraction: stages that read what a careful reader takes from an article, each adding one layer
 * to a {@link org.newsgraph.model.Document} with names already found (MENTIONS): posts people hold
 * (ROLES), direct quotes with their speakers (QUOTES), date expressions resolved against the
 * article's date (DATES), numbers with unit, hedge, rate, claimant and time span (QUANTITIES) and
 * dated events with agent and place (EVENTS). Every item keeps the character span it was read from
 * and refers to names by their mention spans, which the resolve stage later ties to entities.
 */
package org.newsgraph.extract;
