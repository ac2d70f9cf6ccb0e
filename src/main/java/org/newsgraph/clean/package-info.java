/**
 * Clean stage: takes a {@link org.newsgraph.model.RawArticle} (plain text or HTML) and produces a
 * {@link org.newsgraph.model.Document} with the {@code TEXT} layer: page furniture removed
 * (sign-up, notification, donation, comment and login prompts, links to other stories, photo
 * credits, the headline lists that follow an article), text normalised, and each kept paragraph a
 * {@link org.newsgraph.model.Block} marked headline, byline, caption or body.
 *
 * <p>It also adds what the page reveals about the article (title, publication date, author, outlet)
 * where the source did not say. {@link org.newsgraph.clean.Dates} is the date parser, public so
 * later stages can read dates the same way; so is {@link org.newsgraph.clean.AnchoredSearch}, the
 * fast search it and they use for patterns anchored on a year or a month name.
 *
 * <p>Entry point: {@link org.newsgraph.clean.Cleaner}. Everything here is pure: no I/O, no clock.
 * The rules are general phrase patterns; nothing names a particular site or article.
 */
package org.newsgraph.clean;
