package org.newsgraph.analyze;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a claim measures, read from its unit, its place and its verb — never from the number. Empty
 * parts are unknown and fit anything.
 *
 * @param kind the counted thing's class: "people" for "Sudanese", "Sudanese nationals", "people";
 *     "vehicles" for "cars", "vehicles"; else the unit's head noun, stemmed
 * @param qualifiers stems of the unit's other words and of a nationality ("sudanese")
 * @param action {@code in} (entered, arrived, fled into), {@code out} (left, fled), {@code cross},
 *     {@code died} (died, killed, dead), or another verb's stem
 * @param places where: the places (countries) the claim is about
 * @param per the rate
 */
record Variable(
    String kind, Set<String> qualifiers, String action, Set<String> places, String per) {

  static final String IN = "in";
  static final String OUT = "out";
  static final String CROSS = "cross";
  static final String DIED = "died";

  /** Nouns that count people, by stem ("citizens" and "citizen" alike). */
  private static final Set<String> PERSON_NOUNS =
      stems(
          "people person citizen national resident individual civilian inhabitant man men woman"
              + " women adult");

  private static final Set<String> VEHICLE_NOUNS =
      stems("car vehicle truck lorry lorries van bus buses automobile");

  /** Verbs of arrival: the place that follows is where people went. */
  private static final Set<String> ARRIVE =
      Set.of(
          "enter",
          "entered",
          "entering",
          "enters",
          "entry",
          "arrive",
          "arrived",
          "arriving",
          "arrives",
          "arrival",
          "arrivals",
          "come",
          "came",
          "coming",
          "comes",
          "return",
          "returned",
          "returning",
          "returns");

  /** Verbs of departure, unless a preposition of destination follows ("fled into", "left for"). */
  private static final Set<String> DEPART =
      Set.of(
          "leave",
          "left",
          "leaving",
          "leaves",
          "depart",
          "departed",
          "departing",
          "departs",
          "departure",
          "departures",
          "exit",
          "exited",
          "exiting",
          "exits",
          "flee",
          "fled",
          "fleeing",
          "flees",
          "escape",
          "escaped",
          "escaping",
          "emigrate",
          "emigrated",
          "emigrating");

  /** Verbs of movement whose direction only a preposition tells. */
  private static final Set<String> MOVE =
      Set.of(
          "cross",
          "crossed",
          "crossing",
          "crosses",
          "move",
          "moved",
          "moving",
          "moves",
          "travel",
          "travelled",
          "traveled",
          "travelling",
          "go",
          "went",
          "gone",
          "going",
          "head",
          "headed",
          "heading");

  /** Verbs and adjectives of death: a toll is one variable however a report words it. */
  private static final Set<String> DIE =
      Set.of(
          "die",
          "died",
          "dies",
          "dying",
          "dead",
          "death",
          "deaths",
          "kill",
          "killed",
          "killing",
          "kills",
          "perish",
          "perished",
          "drown",
          "drowned",
          "fatalities");

  private static final Set<String> TOWARDS = Set.of("into", "to", "for", "towards", "toward");

  /**
   * Verbs that say how a number stands or changed, not what is counted ("the camp holds", "has
   * risen to"): they are no evidence about the variable.
   */
  private static final Set<String> LIGHT =
      Set.of(
          "contain",
          "contains",
          "contained",
          "containing",
          "total",
          "totals",
          "totalled",
          "totaled",
          "number",
          "numbered",
          "numbers",
          "grow",
          "grew",
          "grown",
          "growing",
          "grows",
          "rise",
          "rose",
          "risen",
          "rising",
          "rises",
          "climb",
          "climbed",
          "climbing",
          "increase",
          "increased",
          "increasing",
          "fall",
          "fell",
          "fallen",
          "falling",
          "drop",
          "dropped",
          "reach",
          "reached",
          "reaching",
          "stand",
          "stood",
          "standing",
          "stands",
          "now",
          "daily",
          "alone",
          "reportedly",
          "already");

  /** How many words after the number are read for a verb when the claim has no "about". */
  private static final int AFTER_WORDS = 12;

  static Variable of(ClaimRecord c) {
    List<String> unit = new ArrayList<>(List.of(c.unit().trim().split("\\s+")));
    unit.removeIf(String::isBlank);
    String kind = "";
    Set<String> qualifiers = new LinkedHashSet<>();
    if (!unit.isEmpty()) {
      String head = unit.remove(unit.size() - 1);
      String lemma = Words.stem(head.toLowerCase(Locale.ROOT));
      boolean nationality = Character.isUpperCase(head.charAt(0));
      if (nationality || PERSON_NOUNS.contains(lemma)) {
        kind = "people";
        if (nationality) {
          qualifiers.add(lemma);
        }
      } else if (VEHICLE_NOUNS.contains(lemma)) {
        kind = "vehicles";
      } else {
        kind = lemma;
      }
      unit.forEach(w -> qualifiers.addAll(Words.contentStems(w)));
    }
    String text = c.about().isBlank() ? firstWords(c.after()) : c.about();
    String action = action(text, !c.about().isBlank());
    if (kind.isEmpty() && Set.of(IN, OUT, DIED).contains(action)) {
      // "some 700 have fled", "at least 12 dead": who moves or dies is people.
      kind = "people";
    }
    return new Variable(kind, Set.copyOf(qualifiers), action, places(c), c.per());
  }

  private static Set<String> stems(String words) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : words.split(" ")) {
      out.add(Words.stem(w));
    }
    return Set.copyOf(out);
  }

  /** Whether two claims can measure the same thing. */
  boolean fits(Variable o) {
    return (kind.isEmpty() || o.kind.isEmpty() || kind.equals(o.kind))
        && (qualifiers.containsAll(o.qualifiers) || o.qualifiers.containsAll(qualifiers))
        && (action.isEmpty() || o.action.isEmpty() || action.equals(o.action))
        && (places.isEmpty() || o.places.isEmpty() || places.stream().anyMatch(o.places::contains))
        && per.equals(o.per);
  }

  /** How much is known: claims that say more seed the groups. */
  int specificity() {
    return (kind.isEmpty() ? 0 : 1) + (action.isEmpty() ? 0 : 1) + (places.isEmpty() ? 0 : 1);
  }

  private static String firstWords(String text) {
    String[] words = text.trim().split("\\s+");
    return String.join(" ", List.of(words).subList(0, Math.min(AFTER_WORDS, words.length)));
  }

  /**
   * The direction of a movement verb or death; else, in an "about" phrase ({@code anyVerb}), the
   * first other content word's stem, or in free text a participle; empty when unknown.
   */
  static String action(String text, boolean anyVerb) {
    List<String> t = Words.tokens(text);
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i);
      boolean towards = i + 1 < t.size() && TOWARDS.contains(t.get(i + 1));
      if (DIE.contains(w)) {
        return DIED;
      }
      if (ARRIVE.contains(w)) {
        return IN;
      }
      if (DEPART.contains(w)) {
        return towards ? IN : OUT;
      }
      if (MOVE.contains(w)) {
        boolean from = i + 1 < t.size() && Set.of("from", "out").contains(t.get(i + 1));
        return towards ? IN : from ? OUT : CROSS;
      }
    }
    if (!anyVerb) {
      return participle(t);
    }
    for (String w : t) {
      Set<String> stems = Words.contentStems(w);
      if (!LIGHT.contains(w) && !stems.isEmpty() && !Character.isDigit(w.charAt(0))) {
        return stems.iterator().next();
      }
    }
    return "";
  }

  private static final Set<String> AUXILIARIES =
      Set.of(
          "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would");

  /**
   * The verb of free text after a number: a participle after an auxiliary ("were stranded", "would
   * be rehoused"); empty if there is none.
   */
  private static String participle(List<String> t) {
    for (int i = 0; i + 1 < t.size(); i++) {
      if (AUXILIARIES.contains(t.get(i))) {
        for (int j = i + 1; j < t.size(); j++) {
          String w = t.get(j);
          if (AUXILIARIES.contains(w) || LIGHT.contains(w) || w.equals("not")) {
            continue;
          }
          return w.endsWith("ed") || w.endsWith("en") ? Words.stem(w) : "";
        }
      }
    }
    return "";
  }

  /**
   * Where the claim is about: places its "about" names; else the first place after the number; else
   * every place in the sentence; else the nearest place named just before it; never a place the
   * unit itself names ("Sudanese refugees" is who, not where). A capitalised destination that is
   * not a known place ("entered the UN camp") is a place of its own.
   */
  private static Set<String> places(ClaimRecord c) {
    List<PlaceMention> candidates = new ArrayList<>();
    for (PlaceMention p : c.places()) {
      if (!c.unit().contains(p.anchor())) {
        candidates.add(p);
      }
    }
    Set<String> out = new LinkedHashSet<>();
    if (!c.about().isBlank()) {
      candidates.stream().filter(p -> c.about().contains(p.anchor())).forEach(p -> add(p, out));
      if (out.isEmpty()) {
        destination(c.about()).ifPresent(out::add);
      }
      if (!out.isEmpty()) {
        return Set.copyOf(out);
      }
    }
    candidates.stream().filter(PlaceMention::afterNumber).findFirst().ifPresent(p -> add(p, out));
    if (out.isEmpty()) {
      candidates.forEach(p -> add(p, out));
    }
    if (out.isEmpty()) {
      c.context().stream()
          .filter(p -> !c.unit().contains(p.anchor()))
          .findFirst()
          .ifPresent(p -> add(p, out));
    }
    return Set.copyOf(out);
  }

  /**
   * A place by its node and by the last word of its name: "northern Chad" is part of "Chad" though
   * resolution gives them two nodes.
   */
  private static void add(PlaceMention p, Set<String> out) {
    out.add(p.place());
    String[] words = p.anchor().trim().split("\\s+");
    out.add(nameKey(words[words.length - 1]));
  }

  private static String nameKey(String word) {
    return "name:" + word.toLowerCase(Locale.ROOT);
  }

  /** A capitalised word after the verb of an "about" phrase: "entered UN camp" gives "UN". */
  private static Optional<String> destination(String about) {
    String[] words = about.trim().split("\\s+");
    for (int i = 1; i < words.length; i++) {
      String w = words[i].replaceAll("[^\\p{L}\\p{N}-]", "");
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        return Optional.of(nameKey(w));
      }
    }
    return Optional.empty();
  }
}
