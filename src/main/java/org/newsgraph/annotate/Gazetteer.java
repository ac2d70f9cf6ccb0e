package org.newsgraph.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Country names, aliases and demonyms (ISO 3166-1) and GeoNames cities, loaded from the TSV
 * resources in {@code org/newsgraph/annotate/gazetteer/}. Immutable and thread-safe once loaded.
 *
 * <p>Look-ups are case-sensitive, so that ordinary lowercase words ("us", "chad", "turkey") never
 * map to a country; an all-capitals form of at least four letters ("ARGENTINA") also matches, as
 * headlines and datelines are often set in capitals.
 */
public final class Gazetteer {

  private static final String DIR = "/org/newsgraph/annotate/gazetteer/";

  /**
   * A country or territory with an ISO 3166-1 code.
   *
   * @param code ISO 3166-1 alpha-2
   * @param alpha3 ISO 3166-1 alpha-3
   * @param name English name (the Wikidata label)
   * @param geonamesId GeoNames ID; empty when unknown
   * @param wikidataId Wikidata QID; empty when unknown
   * @param independent whether it is a sovereign state rather than a territory or dependency
   */
  public record Country(
      String code,
      String alpha3,
      String name,
      String geonamesId,
      String wikidataId,
      boolean independent) {}

  /**
   * A city of more than 15,000 inhabitants, from GeoNames.
   *
   * @param name the GeoNames name
   * @param countryCode ISO 3166-1 alpha-2; empty for Kosovo
   * @param geonamesId GeoNames ID
   * @param capital whether it is its country's capital
   */
  public record City(String name, String countryCode, String geonamesId, boolean capital) {}

  /** A country together with what kind of form named it. */
  record Match(Country country, boolean demonym) {}

  /** A candidate for a surface form; lower rank wins. */
  private record Entry(Match match, int rank) {}

  private final Map<String, Country> byCode;
  private final Map<String, Entry> forms;
  private final Map<String, Entry> upperForms;
  private final Map<String, City> cities;
  private final int maxFormTokens;

  private Gazetteer(
      Map<String, Country> byCode,
      Map<String, Entry> forms,
      Map<String, City> cities,
      int maxFormTokens) {
    this.byCode = Map.copyOf(byCode);
    this.forms = Map.copyOf(forms);
    Map<String, Entry> upper = new HashMap<>();
    forms.forEach((form, e) -> putBest(upper, form.toUpperCase(Locale.ROOT), e));
    this.upperForms = Map.copyOf(upper);
    this.cities = Map.copyOf(cities);
    this.maxFormTokens = maxFormTokens;
  }

  /** Loads the gazetteer from the classpath. */
  public static Gazetteer load() {
    Map<String, Country> byCode = new HashMap<>();
    Map<String, Entry> forms = new HashMap<>();
    readTsv(
        "countries.tsv",
        r -> {
          Country c = new Country(r[0], r[1], r[3], r[9], r[10], "Yes".equalsIgnoreCase(r[11]));
          byCode.put(c.code(), c);
          int penalty = c.independent() ? 0 : 10;
          addName(forms, r[3], new Entry(new Match(c, false), penalty));
          addName(forms, r[4], new Entry(new Match(c, false), penalty + 1));
          addName(forms, r[5], new Entry(new Match(c, false), penalty + 1));
          for (String alt : r[6].split("\\|")) {
            addName(forms, alt, new Entry(new Match(c, false), penalty + 2));
          }
        });
    readTsv(
        "demonyms.tsv",
        r -> {
          Country c = byCode.get(r[2]);
          if (c != null) {
            boolean isName = "yes".equalsIgnoreCase(r[6]);
            int rank = (c.independent() ? 0 : 10) + (isName ? 2 : 3);
            addName(forms, r[0], new Entry(new Match(c, !isName), rank));
          }
        });
    Map<String, City> cities = new HashMap<>();
    Map<String, Integer> cityRank = new HashMap<>();
    readTsv(
        "world-cities.tsv",
        r -> {
          City city = new City(r[0], r[1], r[4], "yes".equalsIgnoreCase(r[5]));
          // No population in the data: capitals first, then cities that give their name to their
          // region, then the older (lower) GeoNames IDs, which tend to be the better-known places.
          int rank = city.capital() ? 0 : r[0].equals(r[3]) ? 1 : 2;
          Integer best = cityRank.get(city.name());
          City current = cities.get(city.name());
          if (best == null || rank < best || rank == best && idOf(city) < idOf(current)) {
            cities.put(city.name(), city);
            cityRank.put(city.name(), rank);
          }
        });
    int maxTokens = forms.keySet().stream().mapToInt(f -> f.split(" ").length).max().orElse(1);
    return new Gazetteer(byCode, forms, cities, maxTokens);
  }

  /**
   * The country a name, alias, adjective or demonym refers to ("Kenya", "Republic of Kenya",
   * "Kenyan", "Kenyans", "U.S."). Ambiguous forms prefer independent countries.
   */
  public Optional<Country> country(String nameAliasOrDemonym) {
    return match(nameAliasOrDemonym).map(Match::country);
  }

  /** The country with an ISO 3166-1 alpha-2 code, in any case. */
  public Optional<Country> countryByCode(String iso2) {
    return Optional.ofNullable(byCode.get(iso2.toUpperCase(Locale.ROOT)));
  }

  /**
   * A city by its GeoNames name; when several cities share it, the capital is preferred, then a
   * city that gives its name to its region.
   */
  public Optional<City> city(String name) {
    return Optional.ofNullable(cities.get(name));
  }

  /** Like {@link #country} but also says whether the form was a demonym or adjective. */
  Optional<Match> match(String form) {
    Entry e = forms.get(form);
    if (e == null && form.length() >= 4 && isAllCaps(form)) {
      e = upperForms.get(form);
    }
    return Optional.ofNullable(e).map(Entry::match);
  }

  /** The most space-separated words any country form has. */
  int maxFormTokens() {
    return maxFormTokens;
  }

  private static void addName(Map<String, Entry> forms, String name, Entry e) {
    String n = name.strip();
    if (n.startsWith("the ")) {
      String rest = n.substring(4);
      // "the UAE" -> "UAE", "the Isle of Man" -> "Isle of Man", but not "the States" -> "States".
      if (rest.contains(" ") || isAllCaps(rest)) {
        putBest(forms, rest, e);
      }
      putBest(forms, n, e);
    } else if (!n.isEmpty() && Character.isUpperCase(n.codePointAt(0))) {
      putBest(forms, n, e);
    }
  }

  private static void putBest(Map<String, Entry> forms, String form, Entry e) {
    forms.merge(form, e, (old, neu) -> neu.rank() < old.rank() ? neu : old);
  }

  private static boolean isAllCaps(String s) {
    return s.chars().anyMatch(Character::isLetter) && s.chars().noneMatch(Character::isLowerCase);
  }

  private static long idOf(City c) {
    try {
      return Long.parseLong(c.geonamesId());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  private static void readTsv(String file, Consumer<String[]> row) {
    try (InputStream in = Gazetteer.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DIR + file);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine(); // header
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          row.accept(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DIR + file, e);
    }
  }
}
