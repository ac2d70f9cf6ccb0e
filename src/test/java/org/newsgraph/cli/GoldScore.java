package org.newsgraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Scores canned-query tables against a gold file in the format of the team's seed gold: the
 * matching rules of the shared scorer, so golden tests need nothing outside the repository.
 */
final class GoldScore {

  private static final Set<String> TIME_UNITS =
      Set.of("day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours");
  private static final Map<String, Set<String>> APPROX =
      Map.of(
          "under",
          Set.of(
              "under",
              "nearly",
              "almost",
              "just under",
              "less than",
              "fewer than",
              "up to",
              "below"),
          "over",
          Set.of(
              "over", "more than", "well over", "at least", "above", "in excess of", "upwards of"),
          "about",
          Set.of(
              "about",
              "around",
              "some",
              "roughly",
              "approximately",
              "approx",
              "circa",
              "estimated",
              "an estimated"),
          "exact",
          Set.of("exact", "", "none", "exactly"));

  private final JsonObject gold;
  private final Map<String, List<Map<String, String>>> tables;
  private final Map<String, String> files = new HashMap<>();
  private final Map<String, String> countryCodes;
  final List<String> leaks = new ArrayList<>();

  GoldScore(JsonObject gold, Map<String, List<Map<String, String>>> tables) {
    this.gold = gold;
    this.tables = tables;
    JsonObject articles = gold.get("articles").getAsObject();
    for (String id : articles.keys()) {
      files.put(id, articles.get(id).getAsObject().get("file").getAsString().value());
    }
    this.countryCodes = countryCodes();
  }

  static String norm(String s) {
    String t =
        Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    t = t.replace('\u2019', '\'').toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9%]+", " ");
    return t.strip().replaceAll(" +", " ");
  }

  static boolean nameMatches(String out, List<String> aliases) {
    String n = norm(out);
    if (n.isEmpty()) {
      return false;
    }
    List<String> al = aliases.stream().map(GoldScore::norm).toList();
    if (al.contains(n)) {
      return true;
    }
    String[] words = n.split(" ");
    String last = words[words.length - 1];
    boolean single = al.stream().anyMatch(a -> !a.contains(" ") && a.equals(last));
    boolean longEnd =
        al.stream().anyMatch(a -> a.contains(" ") && a.endsWith(" " + last))
            && !Set.of("president", "minister").contains(last);
    return single || longEnd;
  }

  private static List<String> strings(JsonValue v) {
    List<String> out = new ArrayList<>();
    if (v != null && v.isArray()) {
      v.getAsArray().forEach(x -> out.add(x.getAsString().value()));
    }
    return out;
  }

  private static String str(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v == null || v.isNull() ? "" : v.isString() ? v.getAsString().value() : v.toString();
  }

  private static boolean optional(JsonObject o) {
    JsonValue v = o.get("optional");
    return v != null && v.isBoolean() && v.getAsBoolean().value();
  }

  private static Double num(String s) {
    try {
      return s == null || s.isBlank() ? null : Double.valueOf(s.strip().replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private List<JsonObject> list(String key, boolean required) {
    List<JsonObject> out = new ArrayList<>();
    JsonValue v = gold.get(key);
    if (v != null) {
      for (JsonValue x : v.getAsArray()) {
        if (!required || !optional(x.getAsObject())) {
          out.add(x.getAsObject());
        }
      }
    }
    return out;
  }

  private boolean sourceIn(String source, List<String> ids) {
    return ids.stream()
        .anyMatch(id -> source.contains(files.getOrDefault(id, id).replaceAll("\\.[^.]*$", "")));
  }

  private boolean samePlace(String a, String b) {
    String na = norm(a);
    String nb = norm(b);
    if (na.isEmpty() || nb.isEmpty()) {
      return false;
    }
    if (nb.contains(na)) {
      return true;
    }
    String ca = countryCodes.get(na);
    if (ca == null) {
      return false;
    }
    String[] w = nb.split(" ");
    for (int i = 0; i < w.length; i++) {
      for (int j = i + 1; j <= w.length; j++) {
        if (ca.equals(countryCodes.get(String.join(" ", List.of(w).subList(i, j))))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Every metric of the shared scorer. */
  Map<String, Double> metrics() {
    Map<String, Double> m = new LinkedHashMap<>();
    people(m);
    quantities(m);
    quotes(m);
    events(m);
    m.put("leaks", (double) leaks.size());
    return m;
  }

  private void people(Map<String, Double> m) {
    List<Map<String, String>> people = tables.get("people");
    List<Map<String, String>> aliases = tables.get("aliases");
    List<JsonObject> req = list("people", true);
    int found = 0;
    int roleFound = 0;
    int roleTotal = 0;
    int merged = 0;
    int mergeCases = 0;
    for (JsonObject g : req) {
      List<String> names = new ArrayList<>(strings(g.get("aliases")));
      names.add(str(g, "name"));
      List<Map<String, String>> rows =
          people.stream().filter(r -> nameMatches(r.get("name"), names)).toList();
      if (!rows.isEmpty()) {
        found++;
      }
      List<String> kws = strings(g.get("role_keywords"));
      List<String> of = strings(g.get("role_of"));
      if (!kws.isEmpty()) {
        roleTotal++;
        boolean ok =
            rows.stream()
                .anyMatch(
                    r ->
                        kws.stream().anyMatch(k -> norm(r.get("role")).contains(k))
                            && (of.isEmpty()
                                || of.stream()
                                    .anyMatch(
                                        o ->
                                            samePlace(o, r.get("roleOf"))
                                                || samePlace(o, r.get("role")))));
        if (ok) {
          roleFound++;
        }
      }
      List<String> spellings = strings(g.get("aliases"));
      Set<String> iris = new HashSet<>();
      rows.forEach(r -> iris.add(r.get("person")));
      aliases.stream()
          .filter(r -> nameMatches(r.get("alias"), spellings))
          .forEach(r -> iris.add(r.get("person")));
      Set<String> surnames = new HashSet<>();
      spellings.forEach(a -> surnames.add(norm(a).replaceAll(".* ", "")));
      if (surnames.size() > 1) {
        mergeCases++;
        if (iris.size() == 1) {
          merged++;
        }
      }
    }
    m.put("people_recall", (double) found / req.size());
    m.put("roles_recall", roleTotal == 0 ? 1.0 : (double) roleFound / roleTotal);
    m.put("people_merged", mergeCases == 0 ? 1.0 : (double) merged / mergeCases);
    Map<String, Set<String>> persons = new LinkedHashMap<>();
    people.forEach(
        r -> persons.computeIfAbsent(r.get("person"), k -> new HashSet<>()).add(r.get("name")));
    List<JsonObject> opt = list("people", false).stream().filter(GoldScore::optional).toList();
    int tp = 0;
    int fp = 0;
    for (Set<String> names : persons.values()) {
      if (names.stream()
          .anyMatch(n -> req.stream().anyMatch(g -> nameMatches(n, strings(g.get("aliases")))))) {
        tp++;
      } else if (names.stream()
          .noneMatch(
              n ->
                  opt.stream()
                      .anyMatch(
                          g -> {
                            List<String> a = new ArrayList<>(strings(g.get("aliases")));
                            a.add(str(g, "name"));
                            return nameMatches(n, a);
                          }))) {
        fp++;
      }
    }
    m.put("people_precision", tp + fp == 0 ? 0.0 : (double) tp / (tp + fp));
    for (Set<String> names : persons.values()) {
      for (String n : names) {
        for (String bad : strings(gold.get("not_people"))) {
          if (nameMatches(n, List.of(bad))) {
            leaks.add(n);
          }
        }
      }
    }
  }

  private boolean qmatch(Map<String, String> r, JsonObject q) {
    Double v = num(r.get("value"));
    if (v == null || v.doubleValue() != q.get("value").getAsNumber().value().doubleValue()) {
      return false;
    }
    JsonValue upper = q.get("upper");
    if (upper != null && !upper.isNull()) {
      Double u = num(r.get("upper"));
      if (u == null || u.doubleValue() != upper.getAsNumber().value().doubleValue()) {
        return false;
      }
    }
    String text =
        norm(String.join(" ", r.get("unit"), r.get("subject"), r.get("sentence"), r.get("per")));
    if (strings(q.get("unit_any")).stream().noneMatch(u -> text.contains(norm(u)))) {
      return false;
    }
    return r.get("source").isEmpty() || sourceIn(r.get("source"), strings(q.get("articles")));
  }

  private void quantities(Map<String, Double> m) {
    List<Map<String, String>> rows = tables.get("quantities");
    List<JsonObject> req = list("quantities", true);
    List<JsonObject> all = list("quantities", false);
    int found = 0;
    int approxOk = 0;
    int approxN = 0;
    int perOk = 0;
    int perN = 0;
    for (JsonObject q : req) {
      List<Map<String, String>> hits = rows.stream().filter(r -> qmatch(r, q)).toList();
      if (hits.isEmpty()) {
        continue;
      }
      found++;
      JsonValue upper = q.get("upper");
      if (upper == null || upper.isNull()) {
        approxN++;
        String want = str(q, "approx").isEmpty() ? "exact" : str(q, "approx");
        if (hits.stream().anyMatch(r -> approxClass(r.get("approx")).equals(want))) {
          approxOk++;
        }
      }
      if (!str(q, "per").isEmpty()) {
        perN++;
        if (hits.stream()
            .anyMatch(r -> norm(r.get("per") + " " + r.get("unit")).contains(str(q, "per")))) {
          perOk++;
        }
      }
    }
    m.put("quantities_recall", (double) found / req.size());
    m.put("quantities_hedge_accuracy", approxN == 0 ? 0.0 : (double) approxOk / approxN);
    m.put("quantities_rate_accuracy", perN == 0 ? 1.0 : (double) perOk / perN);
    int tp = 0;
    int fp = 0;
    Set<List<String>> seen = new HashSet<>();
    for (Map<String, String> r : rows) {
      if (!seen.add(List.of(r.get("value"), r.get("upper"), r.get("source"), r.get("sentence")))) {
        continue;
      }
      if (all.stream().anyMatch(q -> qmatch(r, q))) {
        tp++;
      } else {
        Set<String> unitWords = new HashSet<>(List.of(norm(r.get("unit")).split(" ")));
        boolean duration =
            unitWords.size() <= 2 && unitWords.stream().anyMatch(TIME_UNITS::contains);
        if (!duration) {
          fp++;
        }
      }
    }
    m.put("quantities_precision", tp + fp == 0 ? 0.0 : (double) tp / (tp + fp));
    for (JsonObject bad : list("not_quantities", false)) {
      double value = bad.get("value").getAsNumber().value().doubleValue();
      Set<String> words = new HashSet<>();
      for (String w : norm(str(bad, "snippet")).split(" ")) {
        if (w.length() > 3 && !w.matches("\\d+")) {
          words.add(w);
        }
      }
      for (Map<String, String> r : rows) {
        Double v = num(r.get("value"));
        Set<String> have =
            new HashSet<>(List.of(norm(r.get("sentence") + " " + r.get("unit")).split(" ")));
        if (v != null && v == value && have.stream().anyMatch(words::contains)) {
          leaks.add("quantity " + value);
          break;
        }
      }
    }
  }

  private static String approxClass(String s) {
    String n = norm(s);
    for (Map.Entry<String, Set<String>> e : APPROX.entrySet()) {
      if (n.equals(e.getKey()) || e.getValue().contains(n)) {
        return e.getKey();
      }
    }
    return n;
  }

  private void quotes(Map<String, Double> m) {
    List<Map<String, String>> rows = tables.get("quotes");
    List<JsonObject> req = list("quotes", true);
    int found = 0;
    int speaker = 0;
    for (JsonObject g : req) {
      String snip = norm(str(g, "snippet"));
      List<Map<String, String>> hits = rows.stream().filter(r -> quoteMatches(r, snip)).toList();
      if (hits.isEmpty()) {
        continue;
      }
      found++;
      List<String> speakers = strings(g.get("speaker"));
      if (hits.stream()
          .anyMatch(
              r ->
                  nameMatches(r.get("speaker"), speakers)
                      || speakers.stream()
                          .anyMatch(s -> norm(r.get("speaker")).contains(norm(s))))) {
        speaker++;
      }
    }
    m.put("quotes_recall", (double) found / req.size());
    m.put("quotes_speaker_accuracy", found == 0 ? 0.0 : (double) speaker / found);
    List<JsonObject> all = list("quotes", false);
    long ok =
        rows.stream()
            .filter(r -> all.stream().anyMatch(g -> quoteMatches(r, norm(str(g, "snippet")))))
            .count();
    m.put("quotes_precision", rows.isEmpty() ? 0.0 : (double) ok / rows.size());
  }

  private static boolean quoteMatches(Map<String, String> r, String snippet) {
    String q = norm(r.get("quote"));
    return q.contains(snippet) || (q.length() > 20 && snippet.contains(q));
  }

  private void events(Map<String, Double> m) {
    List<Map<String, String>> rows = tables.get("events");
    List<JsonObject> req = list("events", true);
    int found = 0;
    for (JsonObject g : req) {
      List<String> kws = strings(g.get("keywords"));
      List<String> agents = strings(g.get("agent"));
      List<String> arts = strings(g.get("articles"));
      String date = str(g, "date");
      boolean hit =
          rows.stream()
              .anyMatch(
                  r -> {
                    String text = norm(r.get("type") + " " + r.get("label"));
                    return (kws.isEmpty() || kws.stream().anyMatch(k -> text.contains(norm(k))))
                        && (arts.isEmpty()
                            || r.get("source").isEmpty()
                            || sourceIn(r.get("source"), arts))
                        && (date.isEmpty() || r.get("date").startsWith(date))
                        && (agents.isEmpty()
                            || agents.stream()
                                .anyMatch(a -> norm(r.get("agent")).contains(norm(a))));
                  });
      if (hit) {
        found++;
      }
    }
    m.put("events_recall", req.isEmpty() ? 1.0 : (double) found / req.size());
  }

  /** Country name, alias or demonym → ISO code, from the gazetteers shipped in the jar. */
  private static Map<String, String> countryCodes() {
    Map<String, String> codes = new HashMap<>();
    readTsv(
        "countries.tsv",
        (h, r) -> {
          List<String> names =
              new ArrayList<>(
                  List.of(
                      r[h.indexOf("name")],
                      r[h.indexOf("iso_name_en")],
                      r[h.indexOf("cldr_name")]));
          names.addAll(List.of(r[h.indexOf("alt_names")].split("\\|")));
          names.stream().filter(n -> !n.isBlank()).forEach(n -> codes.putIfAbsent(norm(n), r[0]));
        });
    readTsv(
        "demonyms.tsv",
        (h, r) -> {
          String code = r[h.indexOf("iso_alpha2")];
          if (!code.isEmpty() && !"yes".equals(r[h.indexOf("ambiguous")])) {
            codes.putIfAbsent(norm(r[0]), code);
          }
        });
    return codes;
  }

  private static void readTsv(
      String name, java.util.function.BiConsumer<List<String>, String[]> row) {
    try (InputStream in =
            GoldScore.class.getResourceAsStream("/org/newsgraph/annotate/gazetteer/" + name);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = List.of(r.readLine().split("\t", -1));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        row.accept(header, line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
