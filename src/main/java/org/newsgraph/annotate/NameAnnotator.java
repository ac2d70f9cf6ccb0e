package org.newsgraph.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Document;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Stage;
import org.newsgraph.model.Token;

/**
 * Finds names (POS → MENTIONS) by combining the trained name finder with the country gazetteer.
 *
 * <ul>
 *   <li>Country names, aliases and demonyms ("Kenyan", "Brazilians") become COUNTRY mentions; a
 *       name the model marks as a location is a COUNTRY when the gazetteer knows it, else a PLACE.
 *       A one-word "person" that is a capital city is a PLACE.
 *   <li>A mention is the name only: leading titles ("President", "Mr."), demonyms and possessive
 *       {@code 's} are left out. Titles, demonyms, months and weekdays alone are never people.
 *   <li>Headlines set in Title Case (and body lines or captions wholly in Title Case) and captions
 *       give the model no reliable capitalisation cues, so a person found there is kept only when
 *       the body has the same name typed as a person (in Title Case lines this holds for every
 *       model type).
 *   <li>Phrasing names organisations the model misses: a capitalised name before a bracketed
 *       acronym, a name beside a descriptor ("the news agency Acme", "the Acme agency"), the agent
 *       of "released by", a capitalised phrase ending in "Holdings", "Ministry" and the like. A
 *       leading "the" is never part of a person's or organisation's name.
 *   <li>Bylines are metadata: they give no mentions.
 *   <li>A name typed in the body keeps that type throughout the document: other mentions of it are
 *       retyped by majority, and untagged occurrences of it (or of a person's surname) are added.
 * </ul>
 *
 * <p>Mention sources: {@code model}, {@code gazetteer}, {@code demonym}, {@code rule}.
 */
final class NameAnnotator implements Stage {

  /** Words that precede names as titles or descriptions but are never part of them. */
  private static final Set<String> TITLES =
      words(
          "mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady president vice prime "
              + "minister secretary general gen. senator sen. rep. representative congressman "
              + "congresswoman governor gov. mayor king queen prince princess emperor pope "
              + "cardinal archbishop bishop rabbi imam mullah ayatollah sheikh chancellor premier "
              + "foreign defense defence interior finance justice judge chief deputy acting "
              + "former late colonel col. lieutenant lt. captain capt. major maj. sergeant sgt. "
              + "admiral commander marshal chairman chairwoman chair director ceo spokesman "
              + "spokeswoman spokesperson ambassador envoy speaker professor prof. st. saint "
              + "father brother sister leader head official");

  private static final Set<String> CALENDAR =
      words(
          "january february march april may june july august september october november "
              + "december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. monday "
              + "tuesday wednesday thursday friday saturday sunday");

  /** Capitalised at the start of a sentence, but never a name on their own. */
  private static final Set<String> FUNCTION_WORDS =
      words(
          "the a an this that these those our their his her its my your we i you he she it "
              + "they for in on at of by with to from as and or but if when while after before "
              + "since about amid over under into is are was were be will would can could not no "
              + "so than");

  /**
   * Common nouns that introduce the name of an organisation or product in apposition ("the online
   * service Waze Live", "the carmaker Tesla"): the name after them is no person.
   */
  private static final Set<String> ORGANISATION_DESCRIPTORS =
      words(
          "company firm agency service app application website site platform newspaper paper "
              + "magazine channel broadcaster outlet network brand bank lender insurer airline "
              + "carrier operator startup start-up manufacturer maker carmaker automaker retailer "
              + "group party union charity organisation organization foundation institute "
              + "university ministry department authority regulator watchdog council committee "
              + "court fund club team label studio publisher miner producer supplier exchange");

  /**
   * Descriptors that also follow the name they describe ("the Acme agency", "the opposition Unity
   * party"). Left out are those that often follow a place, person or feast ("the Lima court", "the
   * Easter service", "the Mendoza team").
   */
  private static final Set<String> DESCRIPTORS_AFTER_NAME =
      words(
          "company firm agency newspaper magazine broadcaster channel bank lender insurer airline "
              + "carrier group party union charity foundation institute committee fund label "
              + "studio publisher app platform website");

  /** Last words that make a capitalised phrase an organisation's name ("Acme Holdings"). */
  private static final Set<String> ORGANISATION_SUFFIXES =
      words(
          "Technologies Group Holdings Inc Inc. Ltd Ltd. Corp Corp. Corporation Bank Agency "
              + "Ministry Committee Council Party Union Association Institute University "
              + "Foundation Commission Authority");

  /** Verbs whose agent after "by" is a publisher of images or documents, not a person. */
  private static final Set<String> PUBLISHING_VERBS = words("released provided published issued");

  /** Lower-case words that may stand inside a name between capitalised words. */
  private static final Set<String> NAME_CONNECTORS = words("of and for &");

  private static final Set<String> DETERMINERS = words("the a an");

  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,8}");

  private static final Set<String> WEEKDAYS =
      words("monday tuesday wednesday thursday friday saturday sunday");

  /** A name candidate over document token indices {@code [start, end)}. */
  private record Candidate(int start, int end, EntityType type, String source) {

    boolean overlaps(Candidate o) {
      return start < o.end && o.start < end;
    }

    boolean contains(Candidate o) {
      return start <= o.start && o.end <= end;
    }

    Candidate withType(EntityType t) {
      return new Candidate(start, end, t, source);
    }
  }

  private final NameFinderME finder;
  private final Gazetteer gazetteer;

  NameAnnotator(Models models) {
    this.finder = new NameFinderME(models.nameFinderModel());
    this.gazetteer = models.gazetteer();
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.POS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.MENTIONS);
  }

  @Override
  public Document apply(Document doc) {
    finder.clearAdaptiveData();
    List<Sentence> sentences = doc.sentences();
    List<List<Candidate>> found = new ArrayList<>();
    for (Sentence s : sentences) {
      // A byline is article metadata (the cleaner reads author and publisher from it), not a
      // statement of the article: no mentions there.
      found.add(s.kind() == BlockKind.BYLINE ? List.of() : modelCandidates(doc, s));
    }
    Set<String> personNames = personNames(doc, found);
    for (Sentence s : sentences) {
      found.set(s.index(), withOrganisationRules(doc, s, found.get(s.index()), personNames));
    }
    Map<String, Map<EntityType, Integer>> bodyVotes = bodyVotes(doc, found);
    List<Candidate> all = new ArrayList<>();
    for (Sentence s : sentences) {
      if (s.kind() == BlockKind.BYLINE) {
        continue;
      }
      List<Candidate> kept = new ArrayList<>();
      boolean uncued = isUncued(doc, s);
      boolean titleCase = isTitleCaseLine(doc, s);
      for (Candidate c : found.get(s.index())) {
        String text = textOf(doc, c);
        Optional<EntityType> bodyType = majority(bodyVotes.get(text));
        if (c.type() == EntityType.COUNTRY) {
          kept.add(c);
        } else if (bodyType.isPresent()) {
          kept.add(c.withType(bodyType.get()));
        } else if (!(titleCase || uncued && c.type() == EntityType.PERSON)) {
          kept.add(c);
        }
      }
      all.addAll(mergeWithGazetteer(doc, kept, countryCandidates(doc, s)));
    }
    all.addAll(propagate(doc, all, bodyVotes));
    all.sort(Comparator.comparingInt(Candidate::start));
    List<Mention> mentions = new ArrayList<>();
    for (Candidate c : all) {
      CharSpan span = charSpan(doc, c);
      mentions.add(
          new Mention(
              span, sentenceOf(doc, c.start()), c.type(), span.of(doc.text()), "", c.source()));
    }
    return doc.withMentions(mentions);
  }

  /** The model's names in one sentence, trimmed and typed. */
  private List<Candidate> modelCandidates(Document doc, Sentence s) {
    List<Token> tokens = doc.tokensOf(s);
    List<Candidate> out = new ArrayList<>();
    for (Span span : finder.find(ModelText.of(tokens))) {
      int start = s.tokens().start() + span.getStart();
      int end = s.tokens().start() + span.getEnd();
      EntityType type =
          switch (span.getType()) {
            case "person" -> EntityType.PERSON;
            case "organization" -> EntityType.ORGANIZATION;
            default -> EntityType.PLACE;
          };
      while (start < end && isPunctuation(doc.tokens().get(start).text())) {
        start++;
      }
      while (end > start && isPossessiveOrPunct(doc.tokens().get(end - 1).text())) {
        end--;
      }
      // "The Energy Ministry" and "the Energy Ministry" name one thing. Places keep theirs:
      // there the article belongs to the name ("The Hague").
      while (type != EntityType.PLACE && start < end && isDeterminer(doc.tokens().get(start))) {
        start++;
      }
      if (type == EntityType.PERSON) {
        while (start < end && isNotPartOfPersonName(doc.tokens().get(start).text())) {
          start++;
        }
        while (end > start && WEEKDAYS.contains(lower(doc.tokens().get(end - 1).text()))) {
          end--;
        }
      }
      start = afterCountryPossessive(doc, start, end);
      if (start == end
          || allIn(doc, start, end, CALENDAR)
          || allIn(doc, start, end, FUNCTION_WORDS)) {
        continue;
      }
      Candidate c = new Candidate(start, end, type, "model");
      if (type == EntityType.PERSON
          && end - start == 1
          && start == s.tokens().start()
          && (!doc.tokens().get(start).isProperNoun() || nextIsCommonNoun(doc, s, end))) {
        continue; // a capitalised common noun opening a sentence ("Plane tickets ...")
      }
      if (type == EntityType.PERSON
          && start > s.tokens().start()
          && ORGANISATION_DESCRIPTORS.contains(doc.tokens().get(start - 1).text())) {
        c = c.withType(EntityType.ORGANIZATION);
      }
      if (textOf(doc, c).indexOf('\n') >= 0) {
        continue; // names do not run across line breaks; such spans join a title to the next line
      }
      int title = titleInside(doc, c);
      if (title >= 0) {
        // "UN Secretary-General Ana Lima" read as one name: the organisation, then the person
        if (title > start) {
          out.add(new Candidate(start, title, EntityType.ORGANIZATION, "model"));
        }
        out.add(new Candidate(title + 1, end, EntityType.PERSON, "rule"));
        continue;
      }
      Optional<Gazetteer.Match> country = gazetteer.match(textOf(doc, c));
      if (type == EntityType.PERSON && end - start == 1 && isCapital(textOf(doc, c))) {
        out.add(c.withType(EntityType.PLACE));
      } else if (country.isPresent()) {
        out.add(
            new Candidate(
                start, end, EntityType.COUNTRY, country.get().demonym() ? "demonym" : "model"));
      } else {
        out.add(c);
      }
    }
    return joinAdjacentPeople(out);
  }

  /**
   * The last title word inside a non-person name that is followed by a capitalised word: the model
   * joined "Agency Director-General Ana Lima" into one name. -1 if there is none.
   */
  private static int titleInside(Document doc, Candidate c) {
    if (c.type() == EntityType.PERSON
        || ORGANISATION_SUFFIXES.contains(doc.tokens().get(c.end() - 1).text())) {
      return -1; // "Interior Ministry" is an organisation, not a title and a person
    }
    for (int k = c.end() - 2; k >= c.start(); k--) {
      String t = lower(doc.tokens().get(k).text());
      boolean isTitle =
          TITLES.contains(t) || Arrays.stream(t.split("-")).allMatch(TITLES::contains);
      if (isTitle && startsUpper(doc.tokens().get(k + 1).text())) {
        return k;
      }
    }
    return -1;
  }

  /** A first name cut from its surname by the model ("Ana" | "Lima") is one person again. */
  private static List<Candidate> joinAdjacentPeople(List<Candidate> in) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : in) {
      Candidate last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null
          && last.type() == EntityType.PERSON
          && c.type() == EntityType.PERSON
          && last.end() == c.start()) {
        out.set(
            out.size() - 1, new Candidate(last.start(), c.end(), EntityType.PERSON, last.source()));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /** Texts and surnames of every person the model found: never an organisation's name. */
  private static Set<String> personNames(Document doc, List<List<Candidate>> found) {
    Set<String> names = new HashSet<>();
    for (List<Candidate> sentence : found) {
      for (Candidate c : sentence) {
        if (c.type() == EntityType.PERSON) {
          names.add(textOf(doc, c));
          names.add(doc.tokens().get(c.end() - 1).text());
        }
      }
    }
    return names;
  }

  /**
   * Adds the organisations that phrasing names, the model having seen too few of them: a name
   * before a bracketed acronym (and the acronym), a name after a descriptor ("the news agency
   * Acme") or before one ("the Acme agency"), the agent of "released by", and a capitalised phrase
   * ending in a word such as "Holdings". Such a name replaces the model's names it overlaps, but
   * the weaker cues give way to a person.
   */
  private List<Candidate> withOrganisationRules(
      Document doc, Sentence s, List<Candidate> model, Set<String> personNames) {
    List<Token> t = doc.tokens();
    int lo = s.tokens().start();
    int hi = s.tokens().end();
    List<Candidate> rules = new ArrayList<>();
    for (int i = lo; i < hi; i++) {
      String w = t.get(i).text();
      if (w.equals("(")
          && s.kind() != BlockKind.CAPTION // captions end in photo credits: "(AP)"
          && i + 2 < hi
          && ACRONYM.matcher(t.get(i + 1).text()).matches()
          && t.get(i + 2).text().equals(")")
          && gazetteer.match(t.get(i + 1).text()).isEmpty()) {
        Candidate name = organisation(nameStartBefore(doc, lo, i), i);
        if (capitalisedWords(doc, name) >= 2 && !isPerson(doc, name, model, personNames)) {
          rules.add(name);
          rules.add(organisation(i + 1, i + 2));
        }
      } else if (ORGANISATION_DESCRIPTORS.contains(w)) {
        Candidate after = organisation(i + 1, nameEndAfter(doc, hi, i + 1));
        if (after.end() > after.start()) {
          rules.add(after);
        } else if (DESCRIPTORS_AFTER_NAME.contains(w)) {
          Candidate before = organisation(nameStartBefore(doc, lo, i), i);
          if (before.end() > before.start()
              && (before.start() > lo || t.get(before.start()).isProperNoun())
              && !hasTitle(doc, before)
              && gazetteer.city(textOf(doc, before)).isEmpty()
              && !isPerson(doc, before, model, personNames)) {
            rules.add(before);
          }
        }
      } else if (PUBLISHING_VERBS.contains(w) && i + 1 < hi && t.get(i + 1).text().equals("by")) {
        Candidate agent = organisation(i + 2, nameEndAfter(doc, hi, i + 2));
        if (agent.end() > agent.start() && !isPerson(doc, agent, model, personNames)) {
          rules.add(agent);
        }
      } else if (ORGANISATION_SUFFIXES.contains(w)) {
        Candidate name = organisation(nameStartBefore(doc, lo, i + 1), i + 1);
        if (capitalisedWords(doc, name) >= 2
            && model.stream()
                .noneMatch(m -> m.overlaps(name) && m.type() != EntityType.ORGANIZATION)
            && !isPerson(doc, name, model, personNames)) {
          rules.add(name);
        }
      }
    }
    // Of overlapping rule names the longest wins: "Union" ends a name that a bracketed acronym
    // shows to run on ("Union of Hauliers and Farmers (UHF)").
    rules.sort(Comparator.comparingInt((Candidate c) -> c.start() - c.end()));
    List<Candidate> accepted = new ArrayList<>();
    for (Candidate r : rules) {
      if (r.end() > r.start()
          && accepted.stream().noneMatch(r::overlaps)
          && !hasTitleStart(doc, r)
          && gazetteer.match(textOf(doc, r)).isEmpty()
          && textOf(doc, r).indexOf('\n') < 0) {
        accepted.add(r);
      }
    }
    List<Candidate> out = new ArrayList<>(accepted);
    for (Candidate m : model) {
      if (accepted.stream().noneMatch(m::overlaps)) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparingInt(Candidate::start));
    return out;
  }

  private static Candidate organisation(int start, int end) {
    return new Candidate(start, end, EntityType.ORGANIZATION, "rule");
  }

  /**
   * Where a name ending before token {@code end} starts: back over capitalised words and connectors
   * between them, leaving out a leading determiner. {@code end} when there is none.
   */
  private static int nameStartBefore(Document doc, int lo, int end) {
    int start = end;
    while (start > lo) {
      if (isNameWord(doc.tokens().get(start - 1))) {
        start--;
      } else if (start < end
          && start - 2 >= lo
          && NAME_CONNECTORS.contains(doc.tokens().get(start - 1).text())
          && isNameWord(doc.tokens().get(start - 2))) {
        start -= 2;
      } else {
        break;
      }
    }
    return start;
  }

  /**
   * Where a name starting at token {@code start} ends: over capitalised words, and "of" or "&"
   * between them ("Bank of Utopia"); "and" would join two names. {@code start} when there is none.
   */
  private static int nameEndAfter(Document doc, int hi, int start) {
    int end = start;
    while (end < hi) {
      if (isNameWord(doc.tokens().get(end))) {
        end++;
      } else if (end > start
          && end + 1 < hi
          && (doc.tokens().get(end).text().equals("of") || doc.tokens().get(end).text().equals("&"))
          && isNameWord(doc.tokens().get(end + 1))) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  /** A capitalised word that may be part of a name: not a function word, month or weekday. */
  private static boolean isNameWord(Token token) {
    String w = token.text();
    return startsUpper(w)
        && !isPunctuation(w)
        && !FUNCTION_WORDS.contains(lower(w))
        && !CALENDAR.contains(lower(w));
  }

  private static int capitalisedWords(Document doc, Candidate c) {
    int n = 0;
    for (int i = c.start(); i < c.end(); i++) {
      n += isNameWord(doc.tokens().get(i)) ? 1 : 0;
    }
    return n;
  }

  private static boolean hasTitle(Document doc, Candidate c) {
    for (int i = c.start(); i < c.end(); i++) {
      if (TITLES.contains(lower(doc.tokens().get(i).text()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasTitleStart(Document doc, Candidate c) {
    return c.end() > c.start() && TITLES.contains(lower(doc.tokens().get(c.start()).text()));
  }

  /** Whether the model took part of {@code c} for a person, or it is a person's name or surname. */
  private static boolean isPerson(
      Document doc, Candidate c, List<Candidate> model, Set<String> personNames) {
    return c.end() > c.start()
        && (personNames.contains(textOf(doc, c))
            || model.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.overlaps(c)));
  }

  private static boolean isDeterminer(Token token) {
    return DETERMINERS.contains(lower(token.text()));
  }

  private static boolean nextIsCommonNoun(Document doc, Sentence s, int next) {
    if (next >= s.tokens().end()) {
      return false;
    }
    Token t = doc.tokens().get(next);
    return "NOUN".equals(t.pos()) && !startsUpper(t.text());
  }

  /** Longest gazetteer matches of country names and demonyms, starting at capitalised tokens. */
  private List<Candidate> countryCandidates(Document doc, Sentence s) {
    List<Candidate> out = new ArrayList<>();
    int end = s.tokens().end();
    for (int i = s.tokens().start(); i < end; i++) {
      if (!startsUpper(doc.tokens().get(i).text())) {
        continue;
      }
      for (int j = Math.min(end, i + gazetteer.maxFormTokens()); j > i; j--) {
        Candidate c = new Candidate(i, j, EntityType.COUNTRY, "gazetteer");
        Optional<Gazetteer.Match> m = gazetteer.match(textOf(doc, c));
        if (m.isPresent()) {
          out.add(m.get().demonym() ? new Candidate(i, j, EntityType.COUNTRY, "demonym") : c);
          i = j - 1;
          break;
        }
      }
    }
    return out;
  }

  /**
   * A model name that contains a country match wins over it ("Bank of Ghana") unless it is only a
   * list of countries ("Uzbekistan and Kyrgyzstan"); otherwise the gazetteer wins over the model
   * names it overlaps.
   */
  private static List<Candidate> mergeWithGazetteer(
      Document doc, List<Candidate> model, List<Candidate> gaz) {
    List<Candidate> out = new ArrayList<>(model);
    out.removeIf(m -> m.type() != EntityType.COUNTRY && isListOfCountries(doc, m, gaz));
    for (Candidate g : gaz) {
      if (out.stream().anyMatch(m -> m.contains(g))) {
        continue;
      }
      out.removeIf(m -> m.overlaps(g));
      out.add(g);
    }
    return out;
  }

  /**
   * Whether every token of {@code m} is in a country match or is a function word or punctuation.
   */
  private static boolean isListOfCountries(Document doc, Candidate m, List<Candidate> gaz) {
    for (int i = m.start(); i < m.end(); i++) {
      int t = i;
      String text = doc.tokens().get(i).text();
      if (gaz.stream().noneMatch(g -> m.contains(g) && g.start() <= t && t < g.end())
          && !FUNCTION_WORDS.contains(lower(text))
          && !isPunctuation(text)) {
        return false;
      }
    }
    return true;
  }

  /** Type votes for every model name in body sentences, a person's surname counting as a name. */
  private Map<String, Map<EntityType, Integer>> bodyVotes(
      Document doc, List<List<Candidate>> found) {
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    for (Sentence s : doc.sentences()) {
      if (s.kind() != BlockKind.BODY || isUncued(doc, s)) {
        continue;
      }
      for (Candidate c : found.get(s.index())) {
        if (c.type() == EntityType.COUNTRY) {
          continue;
        }
        vote(votes, textOf(doc, c), c.type());
        if (c.type() == EntityType.PERSON && c.end() - c.start() > 1) {
          String surname = doc.tokens().get(c.end() - 1).text();
          if (isPlausibleSurname(surname)) {
            vote(votes, surname, EntityType.PERSON);
          }
        }
      }
    }
    return votes;
  }

  /**
   * Occurrences of names typed in the body that no mention covers yet: the document-level
   * consistency rule. The text must match token by token and contain a proper noun.
   */
  private List<Candidate> propagate(
      Document doc, List<Candidate> existing, Map<String, Map<EntityType, Integer>> votes) {
    Map<String, List<String[]>> byFirstToken = new HashMap<>();
    Map<String, EntityType> typeOf = new HashMap<>();
    votes.forEach(
        (text, v) ->
            majority(v)
                .ifPresent(
                    t -> {
                      String[] parts = text.split(" ");
                      byFirstToken.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts);
                      typeOf.put(text, t);
                    }));
    boolean[] covered = new boolean[doc.tokens().size()];
    for (Candidate c : existing) {
      for (int i = c.start(); i < c.end(); i++) {
        covered[i] = true;
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (s.kind() == BlockKind.BYLINE) {
        continue;
      }
      for (int i = s.tokens().start(); i < s.tokens().end(); i++) {
        List<String[]> names = byFirstToken.get(doc.tokens().get(i).text());
        if (covered[i] || names == null) {
          continue;
        }
        int best = -1;
        String bestText = "";
        for (String[] name : names) {
          int end = i + name.length;
          if (end > best && end <= s.tokens().end() && matches(doc, i, name, covered)) {
            best = end;
            bestText = String.join(" ", name);
          }
        }
        if (best > 0 && hasProperNoun(doc, i, best)) {
          out.add(new Candidate(i, best, typeOf.get(bestText), "rule"));
          i = best - 1;
        }
      }
    }
    return out;
  }

  private static boolean matches(Document doc, int start, String[] name, boolean[] covered) {
    for (int k = 0; k < name.length; k++) {
      if (covered[start + k] || !doc.tokens().get(start + k).text().equals(name[k])) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasProperNoun(Document doc, int start, int end) {
    for (int i = start; i < end; i++) {
      if (doc.tokens().get(i).isProperNoun()) {
        return true;
      }
    }
    return false;
  }

  private static void vote(Map<String, Map<EntityType, Integer>> votes, String text, EntityType t) {
    votes.computeIfAbsent(text, k -> new EnumMap<>(EntityType.class)).merge(t, 1, Integer::sum);
  }

  /**
   * The type with the most votes. Ties go to the type declared first in {@link EntityType}, so a
   * person wins: the model's usual confusion is a person's name before a possessive taken for a
   * place.
   */
  private static Optional<EntityType> majority(Map<EntityType, Integer> votes) {
    if (votes == null) {
      return Optional.empty();
    }
    EntityType best = null;
    int bestCount = 0;
    for (Map.Entry<EntityType, Integer> e : votes.entrySet()) { // EnumMap: declaration order
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Lines set in Title Case: headlines mostly so, body lines and captions wholly so ("Harbour Flood
   * Relief Appeal"). Every capitalised run there looks like a name, so only names the body types
   * count.
   */
  private static boolean isTitleCaseLine(Document doc, Sentence s) {
    return switch (s.kind()) {
      case HEADLINE -> isTitleCase(doc.tokensOf(s));
      case BODY, CAPTION -> isStrictTitleCase(doc.tokensOf(s));
      case BYLINE -> false;
    };
  }

  /**
   * Sentences whose capitalisation says little about names: captions, bylines, Title Case
   * headlines, and body lines set entirely in Title Case (headings and links left in the body).
   */
  private static boolean isUncued(Document doc, Sentence s) {
    return switch (s.kind()) {
      case CAPTION, BYLINE -> true;
      case HEADLINE -> isTitleCase(doc.tokensOf(s));
      case BODY -> isStrictTitleCase(doc.tokensOf(s));
    };
  }

  /** Whether at least three words are capitalised and no word but a function word is not. */
  private static boolean isStrictTitleCase(List<Token> tokens) {
    int upper = 0;
    for (Token t : tokens) {
      String w = t.text();
      if (!Character.isLetter(w.charAt(0))) {
        continue;
      }
      if (Character.isUpperCase(w.charAt(0))) {
        upper++;
      } else if (!FUNCTION_WORDS.contains(w)) {
        return false;
      }
    }
    return upper >= 3;
  }

  /** Whether most longer words are capitalised, as in "Thousands Flee Across The Border". */
  private static boolean isTitleCase(List<Token> tokens) {
    int words = 0;
    int upper = 0;
    for (Token t : tokens) {
      String w = t.text();
      if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
        words++;
        if (Character.isUpperCase(w.charAt(0))) {
          upper++;
        }
      }
    }
    return words >= 2 && upper * 4 >= words * 3;
  }

  private boolean isNotPartOfPersonName(String token) {
    return TITLES.contains(lower(token))
        || CALENDAR.contains(lower(token))
        || !startsUpper(token)
        || gazetteer.match(token).isPresent();
  }

  /** Capitals are seldom also a person's single name, unlike many other city names. */
  private boolean isCapital(String name) {
    return gazetteer.city(name).map(Gazetteer.City::capital).orElse(false);
  }

  private boolean isPlausibleSurname(String token) {
    return token.length() > 1
        && startsUpper(token)
        && !TITLES.contains(lower(token))
        && !CALENDAR.contains(lower(token))
        && gazetteer.match(token).isEmpty()
        && !isCapital(token);
  }

  private static boolean allIn(Document doc, int start, int end, Set<String> words) {
    for (int i = start; i < end; i++) {
      if (!words.contains(lower(doc.tokens().get(i).text()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * In "Ruritania's Interior Ministry" the name starts after the possessive; the country is left to
   * the gazetteer.
   */
  private int afterCountryPossessive(Document doc, int start, int end) {
    for (int i = start + 1; i < end - 1; i++) {
      if (isPossessive(doc.tokens().get(i).text())
          && gazetteer
              .match(textOf(doc, new Candidate(start, i, EntityType.COUNTRY, "")))
              .isPresent()) {
        return i + 1;
      }
    }
    return start;
  }

  private static Set<String> words(String spaceSeparated) {
    return Set.of(spaceSeparated.split(" "));
  }

  private static boolean isPossessiveOrPunct(String token) {
    return isPossessive(token) || isPunctuation(token);
  }

  private static boolean isPossessive(String token) {
    String t = ModelText.normalize(token);
    return t.equals("'s") || t.equals("'S") || t.equals("'");
  }

  private static boolean isPunctuation(String token) {
    return token.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  private static boolean startsUpper(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static CharSpan charSpan(Document doc, Candidate c) {
    return new CharSpan(
        doc.tokens().get(c.start()).span().begin(), doc.tokens().get(c.end() - 1).span().end());
  }

  private static String textOf(Document doc, Candidate c) {
    return charSpan(doc, c).of(doc.text());
  }

  private static int sentenceOf(Document doc, int token) {
    int lo = 0;
    int hi = doc.sentences().size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (doc.sentences().get(mid).tokens().start() <= token) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
