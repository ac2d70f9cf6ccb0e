package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.codec.EncoderException;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.bm.BeiderMorseEncoder;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.RuleType;

/**
 * Finds person nodes across articles that are one person: the same surname by romanisation ({@link
 * NameKeys}), by Double Metaphone or by Beider-Morse, with compatible first names, and no
 * conflicting posts (both hold posts, in no common country or organisation). A node known by a
 * surname alone joins a full name only when exactly one full-named cluster fits. Pure and
 * deterministic: the same records give the same merges whatever their order.
 */
public final class PersonMerger {

  private final DoubleMetaphone metaphone = new DoubleMetaphone();
  private final BeiderMorseEncoder beiderMorse = new BeiderMorseEncoder();

  public PersonMerger() {
    beiderMorse.setNameType(NameType.GENERIC);
    beiderMorse.setRuleType(RuleType.APPROX);
    beiderMorse.setConcat(true);
  }

  /** A spelling of a name split into folded first names and surname. */
  private record Name(String written, String first, String surname) {}

  /** The merges that make each cluster one node: every other node into the canonical one. */
  public List<Merge> merge(List<PersonRecord> people) {
    List<PersonRecord> sorted = new ArrayList<>(people);
    sorted.sort(Comparator.comparing(PersonRecord::iri));
    Map<String, List<Name>> names = new HashMap<>();
    Map<String, Set<String>> keys = new HashMap<>();
    Map<String, List<PersonRecord>> byKey = new LinkedHashMap<>();
    for (PersonRecord p : sorted) {
      List<Name> ns = new ArrayList<>();
      p.names().keySet().stream().sorted().forEach(n -> split(n).ifPresent(ns::add));
      names.put(p.iri(), ns);
      Set<String> ks = new HashSet<>();
      for (Name n : ns) {
        ks.addAll(surnameKeys(n.surname()));
      }
      keys.put(p.iri(), ks);
      ks.forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(p));
    }
    UnionFind clusters = new UnionFind();
    Map<String, Match> reasons = new HashMap<>();
    // Full-named people first; then each surname-only node joins its one fitting cluster.
    for (PersonRecord a : sorted) {
      if (!hasFullName(names.get(a.iri()))) {
        continue;
      }
      for (PersonRecord b : candidates(a, keys, byKey)) {
        if (a.iri().compareTo(b.iri()) < 0 && hasFullName(names.get(b.iri()))) {
          match(a, b, names)
              .ifPresent(
                  m -> {
                    clusters.union(a.iri(), b.iri());
                    reasons.put(b.iri() + " " + a.iri(), m);
                    reasons.put(a.iri() + " " + b.iri(), m);
                  });
        }
      }
    }
    for (PersonRecord a : sorted) {
      if (hasFullName(names.get(a.iri()))) {
        continue;
      }
      Map<String, Match> fits = new LinkedHashMap<>();
      for (PersonRecord b : candidates(a, keys, byKey)) {
        if (hasFullName(names.get(b.iri()))) {
          match(a, b, names).ifPresent(m -> fits.putIfAbsent(clusters.find(b.iri()), m));
        }
      }
      if (fits.size() == 1) {
        String root = fits.keySet().iterator().next();
        Match m = fits.get(root);
        clusters.union(a.iri(), root);
        reasons.put(a.iri() + " " + root, m);
      }
    }
    return merges(sorted, clusters, reasons);
  }

  private List<PersonRecord> candidates(
      PersonRecord a, Map<String, Set<String>> keys, Map<String, List<PersonRecord>> byKey) {
    Set<PersonRecord> out = new HashSet<>();
    for (String k : keys.get(a.iri())) {
      out.addAll(byKey.get(k));
    }
    out.remove(a);
    List<PersonRecord> list = new ArrayList<>(out);
    list.sort(Comparator.comparing(PersonRecord::iri));
    return list;
  }

  /** How two nodes' names match, if they do and their posts do not conflict. */
  private record Match(String method, String evidence) {}

  private Optional<Match> match(PersonRecord a, PersonRecord b, Map<String, List<Name>> names) {
    if (!a.contexts().isEmpty()
        && !b.contexts().isEmpty()
        && Collections.disjoint(a.contexts(), b.contexts())) {
      return Optional.empty();
    }
    boolean bothFull = hasFullName(names.get(a.iri())) && hasFullName(names.get(b.iri()));
    for (Name x : names.get(a.iri())) {
      for (Name y : names.get(b.iri())) {
        if (bothFull && (x.first().isEmpty() || y.first().isEmpty())) {
          // Two full-named people are compared by full names: a shared surname proves nothing.
          continue;
        }
        Optional<String> method = surnameMatch(x.surname(), y.surname());
        if (method.isPresent() && firstNamesFit(x, y)) {
          String context =
              a.contexts().isEmpty() || b.contexts().isEmpty()
                  ? "no conflicting posts"
                  : "posts in a common country or organisation";
          return Optional.of(
              new Match(
                  method.get(),
                  "\""
                      + x.written()
                      + "\" ~ \""
                      + y.written()
                      + "\": "
                      + method.get()
                      + " surname match, "
                      + firstNameNote(x, y)
                      + ", "
                      + context));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> surnameMatch(String a, String b) {
    if (a.equals(b)) {
      return Optional.of("romanisation");
    }
    if (Math.min(a.length(), b.length()) < 4) {
      return Optional.empty();
    }
    if (!Collections.disjoint(metaphones(a), metaphones(b))) {
      return Optional.of("double-metaphone");
    }
    if (!Collections.disjoint(beiderMorse(a), beiderMorse(b))) {
      return Optional.of("beider-morse");
    }
    return Optional.empty();
  }

  private boolean firstNamesFit(Name x, Name y) {
    if (x.first().isEmpty() || y.first().isEmpty() || x.first().equals(y.first())) {
      return true;
    }
    return metaphone.encode(x.first()).equals(metaphone.encode(y.first()))
        && x.first().charAt(0) == y.first().charAt(0);
  }

  private static String firstNameNote(Name x, Name y) {
    if (x.first().isEmpty() || y.first().isEmpty()) {
      return "one known by surname only, no other fitting person";
    }
    return x.first().equals(y.first()) ? "same first names" : "first names sound alike";
  }

  private Set<String> surnameKeys(String surname) {
    Set<String> out = new HashSet<>();
    out.add("r:" + surname);
    if (surname.length() >= 4) {
      metaphones(surname).forEach(m -> out.add("m:" + m));
    }
    return out;
  }

  private Set<String> metaphones(String s) {
    return new HashSet<>(
        List.of(metaphone.doubleMetaphone(s, false), metaphone.doubleMetaphone(s, true)));
  }

  private Set<String> beiderMorse(String s) {
    try {
      return new HashSet<>(List.of(beiderMorse.encode(s).split("\\|")));
    } catch (EncoderException e) {
      // The rules could not encode it: compare it as written.
      return Set.of(s);
    }
  }

  private static boolean hasFullName(List<Name> names) {
    return names.stream().anyMatch(n -> !n.first().isEmpty());
  }

  private static Optional<Name> split(String written) {
    String[] words = written.trim().split("\\s+");
    String surname = NameKeys.fold(words[words.length - 1]);
    if (surname.isEmpty()) {
      return Optional.empty();
    }
    // Hyphenated first names ("Kassym-Jomart") stay one word: the surname is the last word.
    String first =
        words.length == 1
            ? ""
            : NameKeys.fold(String.join(" ", List.of(words).subList(0, words.length - 1)));
    return Optional.of(new Name(written, first, surname));
  }

  /** Every non-canonical node merged into its cluster's canonical node. */
  private static List<Merge> merges(
      List<PersonRecord> people, UnionFind clusters, Map<String, Match> reasons) {
    Map<String, List<PersonRecord>> byRoot = new LinkedHashMap<>();
    for (PersonRecord p : people) {
      byRoot.computeIfAbsent(clusters.find(p.iri()), r -> new ArrayList<>()).add(p);
    }
    List<Merge> out = new ArrayList<>();
    for (List<PersonRecord> cluster : byRoot.values()) {
      if (cluster.size() < 2) {
        continue;
      }
      PersonRecord canonical = cluster.stream().min(CANONICAL_FIRST).orElseThrow();
      for (PersonRecord p : cluster) {
        if (p != canonical) {
          Match m = reasonFor(p, cluster, reasons);
          out.add(new Merge(p.iri(), canonical.iri(), m.method(), m.evidence()));
        }
      }
    }
    out.sort(Comparator.comparing(Merge::from));
    return out;
  }

  /** The match that brought {@code p} into its cluster (any member it matched). */
  private static Match reasonFor(
      PersonRecord p, List<PersonRecord> cluster, Map<String, Match> reasons) {
    for (PersonRecord q : cluster) {
      Match m = reasons.get(p.iri() + " " + q.iri());
      if (m != null) {
        return m;
      }
    }
    for (Map.Entry<String, Match> e : reasons.entrySet()) {
      if (e.getKey().startsWith(p.iri() + " ")) {
        return e.getValue();
      }
    }
    throw new IllegalStateException("no match recorded for " + p.iri());
  }

  /** Most articles first, then the longest name, then the IRI: a stable choice. */
  private static final Comparator<PersonRecord> CANONICAL_FIRST =
      Comparator.comparingInt((PersonRecord p) -> -p.articles())
          .thenComparingInt(
              p -> -p.names().keySet().stream().mapToInt(String::length).max().orElse(0))
          .thenComparing(PersonRecord::iri);

  /** The preferred name of a set of spellings: the most stated, then the longest, then A–Z. */
  public static String preferredName(Map<String, Integer> names) {
    return names.entrySet().stream()
        .sorted(
            Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparingInt(e -> -e.getKey().length())
                .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  private static final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    String find(String x) {
      String p = parent.getOrDefault(x, x);
      if (p.equals(x)) {
        return x;
      }
      String root = find(p);
      parent.put(x, root);
      return root;
    }

    void union(String a, String b) {
      String ra = find(a);
      String rb = find(b);
      if (!ra.equals(rb)) {
        // The smaller IRI is the root, so the result does not depend on the order of unions.
        if (ra.compareTo(rb) < 0) {
          parent.put(rb, ra);
        } else {
          parent.put(ra, rb);
        }
      }
    }
  }
}
