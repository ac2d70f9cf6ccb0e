package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page says about itself (title, date, author, outlet) and its main text as paragraphs
 * separated by blank lines.
 *
 * <p>The main content is found Readability-style: every paragraph with some text scores points for
 * its length and commas, its parent gets them all and its grandparent half, and the element with
 * the most points wins. Navigation, forms, scripts and the like are removed first.
 */
record HtmlPage(
    Optional<String> title,
    Optional<String> published,
    Optional<String> author,
    Optional<String> publisher,
    String text) {

  private static final String REMOVED =
      "script, style, iframe, nav, footer, aside, form, noscript, header nav, button, svg, "
          + "template, object, embed, [hidden], [aria-hidden=true]";
  private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre";
  private static final int MIN_PARAGRAPH = 25;

  static HtmlPage parse(String html) {
    Document doc = Jsoup.parse(html);
    Optional<String> title =
        firstOf(
            meta(doc, "meta[property=og:title]"),
            meta(doc, "meta[name=twitter:title]"),
            text(doc.selectFirst("title")).map(HtmlPage::withoutSiteSuffix),
            text(doc.selectFirst("h1")));
    Optional<String> published =
        firstOf(
                meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[itemprop=datePublished]"),
                meta(doc, "meta[name=date], meta[name=pubdate], meta[name=publish-date]"),
                meta(doc, "meta[name=dc.date], meta[name=DC.date.issued]"),
                attr(doc.selectFirst("time[datetime]"), "datetime"))
            .flatMap(Dates::parse);
    Optional<String> author =
        firstOf(
                meta(doc, "meta[name=author]"),
                meta(doc, "meta[property=article:author]"),
                text(doc.selectFirst("[rel=author]")))
            .filter(a -> !a.startsWith("http"));
    Optional<String> publisher = meta(doc, "meta[property=og:site_name]");
    doc.select(REMOVED).remove();
    return new HtmlPage(title, published, author, publisher, mainText(doc));
  }

  private static String mainText(Document doc) {
    Element body = doc.body();
    // Insertion order (document order) breaks ties, so the choice is deterministic.
    Map<Element, Double> scores = new LinkedHashMap<>();
    for (Element p : body.select("p, pre, td, blockquote")) {
      String t = p.text();
      if (t.length() < MIN_PARAGRAPH) {
        continue;
      }
      long commas = t.chars().filter(c -> c == ',').count();
      double score = 1 + commas + Math.min(t.length() / 100, 3);
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, score, Double::sum);
        Element grand = parent.parent();
        if (grand != null) {
          scores.merge(grand, score / 2, Double::sum);
        }
      }
    }
    Element best = body;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      // Lots of link text means a menu or a list of other stories, not the article.
      double score = e.getValue() * (1 - linkDensity(e.getKey()));
      if (score > bestScore) {
        best = e.getKey();
        bestScore = score;
      }
    }
    List<String> paragraphs = new ArrayList<>();
    for (Element block : best.select(BLOCKS)) {
      // select() includes the element itself: more than one hit means it holds inner blocks,
      // which are taken one by one instead.
      if (block.select(BLOCKS).size() > 1) {
        continue;
      }
      String t = block.wholeText().replaceAll("\\s+", " ").strip();
      if (!t.isEmpty()) {
        paragraphs.add(t);
      }
    }
    if (paragraphs.isEmpty()) {
      paragraphs.add(best.text());
    }
    return String.join("\n\n", paragraphs);
  }

  private static double linkDensity(Element e) {
    int all = e.text().length();
    if (all == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1.0, (double) links / all);
  }

  private static String withoutSiteSuffix(String title) {
    String cut = title.replaceFirst("\\s+[|–—-]\\s+[^|–—-]{1,40}$", "");
    return cut.length() >= 15 ? cut : title;
  }

  private static Optional<String> meta(Document doc, String selector) {
    return attr(doc.selectFirst(selector), "content");
  }

  private static Optional<String> attr(Element e, String name) {
    return e == null ? Optional.empty() : nonBlank(e.attr(name));
  }

  private static Optional<String> text(Element e) {
    return e == null ? Optional.empty() : nonBlank(e.text());
  }

  private static Optional<String> nonBlank(String s) {
    String t = s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  @SafeVarargs
  private static Optional<String> firstOf(Optional<String>... options) {
    for (Optional<String> o : options) {
      if (o.isPresent()) {
        return o;
      }
    }
    return Optional.empty();
  }
}
