package org.newsgraph.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.analyze.ClaimGroup;
import org.newsgraph.analyze.ClaimRecord;
import org.newsgraph.analyze.Copy;
import org.newsgraph.analyze.EventRecord;
import org.newsgraph.analyze.Interval;
import org.newsgraph.analyze.Numbers;
import org.newsgraph.analyze.QuoteRecord;
import org.newsgraph.analyze.Statement;
import org.newsgraph.analyze.TimelineEntry;

/**
 * Renders a {@link Story} as one self-contained HTML page: inline CSS and SVG, no scripts, nothing
 * fetched, so it opens from a file anywhere. Every fact carries its sentence and source (on hover,
 * and in a details element to open).
 */
public final class HtmlReport {

  private static final String CSS =
      """
body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}
h1{margin-bottom:0}h2{border-bottom:2px solid #ddd;margin-top:2em}
.muted{color:#666}.badge{display:inline-block;padding:0 .5em;border-radius:.6em;font-size:.85em;color:#fff}
.agree{background:#2e7d32}.conflict{background:#c62828}.single{background:#777}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.25em .5em;border-bottom:1px solid #eee;vertical-align:top}
details{font-size:.9em;color:#444}summary{cursor:pointer;color:#1565c0}
blockquote{margin:.3em 0 .3em 1em;padding-left:.8em;border-left:3px solid #ccc}
.group{margin:1.2em 0;padding:.6em 1em;border:1px solid #e0e0e0;border-radius:6px}
svg text{font:12px system-ui,sans-serif}
""";

  private final Story story;
  private final StringBuilder out = new StringBuilder();

  private HtmlReport(Story story) {
    this.story = story;
  }

  /** The page. */
  public static String render(Story story) {
    return new HtmlReport(story).page();
  }

  private String page() {
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Story summary</title><style>")
        .append(CSS)
        .append("</style></head><body>\n<h1>Story summary</h1>\n");
    int copies = story.analysis().copies().size();
    out.append("<p class=\"muted\">")
        .append(story.articles().size())
        .append(" articles, ")
        .append(story.articles().size() - copies)
        .append(
            " independent. Hover over a fact or open “source” to read the sentence it comes"
                + " from.</p>\n");
    out.append("<nav><a href=\"#people\">People</a> · <a href=\"#timeline\">Timeline</a> · ")
        .append("<a href=\"#numbers\">Numbers</a> · <a href=\"#quotes\">Quotes</a> · ")
        .append("<a href=\"#sources\">Sources</a></nav>\n");
    people();
    timeline();
    numbers();
    quotes();
    sources();
    return out.append("</body></html>\n").toString();
  }

  private void people() {
    out.append(
        "<h2 id=\"people\">People</h2>\n"
            + "<table><tr><th>Name</th><th>Roles</th><th>Articles</th></tr>\n");
    for (Story.Person p : story.people()) {
      out.append("<tr><td>")
          .append(esc(p.name()))
          .append("</td><td>")
          .append(esc(String.join("; ", p.roles())))
          .append("</td><td>")
          .append(p.articles())
          .append("</td></tr>\n");
    }
    out.append("</table>\n");
  }

  private void timeline() {
    List<TimelineEntry> entries = story.analysis().timeline();
    out.append("<h2 id=\"timeline\">Timeline</h2>\n");
    if (entries.isEmpty()) {
      out.append("<p class=\"muted\">No dated events.</p>\n");
      return;
    }
    Map<String, List<TimelineEntry>> byDate = new TreeMap<>();
    entries.forEach(e -> byDate.computeIfAbsent(e.date(), d -> new ArrayList<>()).add(e));
    int width = 900;
    int step = byDate.size() > 1 ? (width - 120) / (byDate.size() - 1) : 0;
    out.append("<svg class=\"timeline\" role=\"img\" aria-label=\"timeline\" width=\"")
        .append(width)
        .append("\" height=\"90\" viewBox=\"0 0 ")
        .append(width)
        .append(" 90\"><line x1=\"40\" y1=\"40\" x2=\"")
        .append(width - 40)
        .append("\" y2=\"40\" stroke=\"#999\"/>\n");
    int i = 0;
    for (Map.Entry<String, List<TimelineEntry>> d : byDate.entrySet()) {
      int x = 60 + i++ * step;
      int sources = d.getValue().stream().mapToInt(TimelineEntry::sources).max().orElse(1);
      List<String> labels =
          d.getValue().stream().map(e -> e.label() + " (" + e.sources() + ")").toList();
      out.append("<g><title>")
          .append(esc(d.getKey() + ": " + String.join("; ", labels)))
          .append("</title><circle cx=\"")
          .append(x)
          .append("\" cy=\"40\" r=\"")
          .append(4 + 2 * Math.min(sources, 6))
          .append("\" fill=\"#1565c0\"/><text x=\"")
          .append(x)
          .append("\" y=\"75\" text-anchor=\"middle\">")
          .append(esc(d.getKey()))
          .append("</text></g>\n");
    }
    out.append("</svg>\n<ol class=\"timeline\">\n");
    for (TimelineEntry e : entries) {
      out.append("<li><b>")
          .append(esc(e.date()))
          .append("</b> ")
          .append(esc(e.label()))
          .append(" <span class=\"muted\">(")
          .append(e.type())
          .append(", ")
          .append(sources(e.sources()))
          .append(")</span>");
      for (EventRecord r : e.reports()) {
        evidence(r.iri(), r.article(), r.label());
      }
      out.append("</li>\n");
    }
    out.append("</ol>\n");
  }

  private void numbers() {
    out.append("<h2 id=\"numbers\">Numbers</h2>\n<p class=\"muted\">Claims about one measured")
        .append(" thing are grouped; each is read as the interval its hedge allows (about: ±10%,")
        .append(" nearly: 85–100%, more than: up to 150%), and the sources agree when one value")
        .append(" fits them all.</p>\n");
    List<ClaimGroup> single = new ArrayList<>();
    for (ClaimGroup g : story.analysis().claims()) {
      if (g.sources() < 2) {
        single.add(g);
        continue;
      }
      out.append("<section class=\"group claim-group\"><h3>")
          .append(esc(g.label()))
          .append(" ")
          .append(
              g.compatible()
                  ? "<span class=\"badge agree\">agree</span>"
                  : "<span class=\"badge conflict\">conflict</span>")
          .append("</h3>\n<p>")
          .append(range(g))
          .append(" — ")
          .append(sources(g.sources()))
          .append(", <b class=\"independent\">")
          .append(g.independentSources())
          .append(" independent</b>. <span class=\"reason\">")
          .append(esc(g.reason()))
          .append("</span></p>\n");
      chart(g);
      claimTable(g.members());
      out.append("</section>\n");
    }
    if (!single.isEmpty()) {
      out.append("<details><summary>")
          .append(single.size())
          .append(" more numbers, each stated by one source</summary>\n");
      List<ClaimRecord> claims = new ArrayList<>();
      single.forEach(g -> claims.addAll(g.members()));
      claimTable(claims);
      out.append("</details>\n");
    }
  }

  private static String range(ClaimGroup g) {
    String unit = g.unit().isBlank() ? "" : " " + esc(g.unit());
    return g.minValue() == g.maxValue()
        ? "<b>" + Numbers.format(g.minValue()) + "</b>" + unit
        : "<b>" + Numbers.format(g.minValue()) + "–" + Numbers.format(g.maxValue()) + "</b>" + unit;
  }

  /**
   * One row per claim: its interval as a bar, its value as a dot. The axis spans the intervals (not
   * from zero), so close values stay apart; its ends are labelled.
   */
  private void chart(ClaimGroup g) {
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (ClaimRecord c : g.members()) {
      Interval i = Interval.of(c);
      min = Math.min(min, i.low());
      max = Math.max(max, Double.isInfinite(i.high()) ? c.top() * 1.5 : i.high());
    }
    Axis axis = new Axis(min - (max - min) * 0.05, max + (max - min) * 0.05, 260, 420);
    int rowH = 22;
    int height = rowH * g.members().size() + 24;
    out.append(
            "<svg class=\"chart\" role=\"img\" aria-label=\"claimed values per source\" width=\"")
        .append(axis.left() + axis.width() + 200)
        .append("\" height=\"")
        .append(height)
        .append("\">\n");
    int y = 4;
    for (ClaimRecord c : g.members()) {
      Interval i = Interval.of(c);
      long from = axis.x(i.low());
      long to = axis.x(Double.isInfinite(i.high()) ? axis.max() : i.high());
      out.append("<g><title>")
          .append(
              esc(
                  c.render()
                      + " — "
                      + sourceName(c.article())
                      + ": "
                      + story.evidence().getOrDefault(c.iri(), "")))
          .append("</title><text x=\"0\" y=\"")
          .append(y + 14)
          .append("\">")
          .append(esc(truncate(shortSource(c.article()), 40)))
          .append("</text><rect x=\"")
          .append(from)
          .append("\" y=\"")
          .append(y + 4)
          .append("\" width=\"")
          .append(Math.max(2, to - from))
          .append("\" height=\"12\" fill=\"")
          .append(g.compatible() ? "#a5d6a7" : "#ef9a9a")
          .append("\"/><circle cx=\"")
          .append(axis.x(c.value()))
          .append("\" cy=\"")
          .append(y + 10)
          .append("\" r=\"4\" fill=\"#222\"/><text x=\"")
          .append(axis.left() + axis.width() + 8)
          .append("\" y=\"")
          .append(y + 14)
          .append("\">")
          .append(esc(c.render()))
          .append("</text></g>\n");
      y += rowH;
    }
    out.append("<text x=\"")
        .append(axis.left())
        .append("\" y=\"")
        .append(height - 4)
        .append("\">")
        .append(Numbers.format(Math.round(axis.min())))
        .append("</text><text x=\"")
        .append(axis.left() + axis.width())
        .append("\" y=\"")
        .append(height - 4)
        .append("\" text-anchor=\"end\">")
        .append(Numbers.format(Math.round(axis.max())))
        .append("</text></svg>\n");
  }

  /** A linear axis from {@code min} to {@code max} drawn {@code width} pixels wide. */
  private record Axis(double min, double max, int left, int width) {
    long x(double v) {
      double span = max > min ? max - min : 1;
      return left + Math.round((v - min) / span * width);
    }
  }

  private void claimTable(List<ClaimRecord> claims) {
    out.append("<table class=\"claims\"><tr><th>Claim</th><th>Who claims it</th><th>Date</th>")
        .append("<th>Source</th></tr>\n");
    for (ClaimRecord c : claims) {
      out.append("<tr><td title=\"")
          .append(esc(story.evidence().getOrDefault(c.iri(), "")))
          .append("\">")
          .append(esc(c.render()))
          .append("</td><td>")
          .append(esc(c.claimant()))
          .append("</td><td>")
          .append(esc(c.when()))
          .append("</td><td>");
      evidence(c.iri(), c.article(), "");
      out.append("</td></tr>\n");
    }
    out.append("</table>\n");
  }

  private void quotes() {
    out.append("<h2 id=\"quotes\">Quotes</h2>\n");
    for (Statement s : story.analysis().statements()) {
      out.append("<section class=\"group statement\"><h3>")
          .append(esc(story.names().getOrDefault(s.speaker(), s.speaker())))
          .append(" <span class=\"muted versions\">")
          .append(s.versions().size())
          .append(s.versions().size() == 1 ? " version" : " versions")
          .append(", ")
          .append(sources(s.sources()))
          .append("</span></h3>\n");
      for (QuoteRecord q : s.versions()) {
        out.append("<blockquote title=\"")
            .append(esc(story.evidence().getOrDefault(q.iri(), "")))
            .append("\">“")
            .append(esc(q.text()))
            .append("”");
        evidence(q.iri(), q.article(), "");
        out.append("</blockquote>\n");
      }
      out.append("</section>\n");
    }
  }

  private void sources() {
    out.append("<h2 id=\"sources\">Sources</h2>\n<ul>\n");
    Map<String, String> copyOf = new TreeMap<>();
    for (Copy c : story.analysis().copies()) {
      copyOf.put(c.article(), c.copyOf());
    }
    new TreeMap<>(story.articles())
        .forEach(
            (iri, a) -> {
              out.append("<li>").append(esc(sourceName(iri)));
              if (!a.title().isBlank()) {
                out.append(": <i>").append(esc(a.title())).append("</i>");
              }
              if (copyOf.containsKey(iri)) {
                out.append(" <span class=\"badge single\">copy of ")
                    .append(esc(sourceName(copyOf.get(iri))))
                    .append("</span>");
              }
              out.append("</li>\n");
            });
    out.append("</ul>\n");
  }

  /** A details element that opens on the sentence {@code node} was read from, with its source. */
  private void evidence(String node, String article, String label) {
    out.append("<details><summary>")
        .append(esc(label.isBlank() ? sourceName(article) : label + " — " + sourceName(article)))
        .append("</summary><blockquote class=\"sentence\">")
        .append(esc(story.evidence().getOrDefault(node, "")))
        .append("</blockquote></details>");
  }

  /**
   * "Daily Courier, 2023-06-14 (courier.txt)", or the file name alone when nothing else is known.
   */
  private String sourceName(String article) {
    Story.Source s = story.articles().get(article);
    if (s == null) {
      return article;
    }
    String who = s.publisher().isBlank() ? "" : s.publisher() + ", ";
    String when = s.date().isBlank() ? "" : s.date() + " ";
    return who + when + "(" + s.name() + ")";
  }

  /** The publisher and file name, for chart labels. */
  private String shortSource(String article) {
    Story.Source s = story.articles().get(article);
    if (s == null) {
      return article;
    }
    return s.publisher().isBlank() ? s.name() : s.publisher() + " (" + s.name() + ")";
  }

  private static String sources(int n) {
    return n + (n == 1 ? " source" : " sources");
  }

  private static String truncate(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
