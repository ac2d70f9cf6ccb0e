package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.Document;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Stage;
import org.newsgraph.model.Token;

/**
 * Finds typed events in headline and body sentences: announcements, orders, movements, statements,
 * talks, legal actions, disasters, elections, protests, attacks and meetings.
 *
 * <p>Triggers come from a general lexicon of verbs and nouns per type. The agent is the named
 * person, organisation or country (or a place standing for its government, as "Nairobi" does) that
 * is the subject of a verbal trigger, or the possessor, prenominal modifier or {@code by}-phrase of
 * a nominal one, or the subject of a light verb ("held talks"); "he" and "she" refer back to the
 * last person named. The place is a country or place named after a locative preposition, or the
 * direct object of a movement verb. The date is a single day (of the DATES layer) in the trigger's
 * clause, or elsewhere in the sentence outside any other event's clause; stretches of time ("last
 * week", "since May 3") are never an event's date.
 *
 * <p>Nominal triggers that do not say who, where or when ("since the announcement") refer back to
 * an event already reported and are skipped. An event reported several times (same type, agent and
 * object) is kept once per article: the report with a date, then a place, then the first. Bylines
 * and captions are skipped: captions are dated to the photograph, not the event.
 *
 * <p>Requires TOKENS, POS, MENTIONS and DATES; provides EVENTS. Pure and thread-safe.
 */
public final class EventExtractor implements Stage {

  /** Verb forms by event type; a bare form is inflected regularly, {@code base:f1,f2} lists. */
  private static final Map<String, String> VERBS =
      Map.ofEntries(
          Map.entry(
              "announcement",
              "announce declare unveil proclaim introduce pledge:pledges,pledged,pledging promise"),
          Map.entry(
              "order",
              "order decree mandate impose instruct task mobilise mobilize"
                  + " ban:bans,banned,banning"),
          Map.entry(
              "movement",
              "flee:flees,fled,fleeing cross enter arrive leave:leaves,left,leaving return"
                  + " migrate travel:travels,travelled,traveled,travelling,traveling escape"),
          Map.entry(
              "statement",
              "say:says,said tell:tells,told state speak:speaks,spoke,spoken,speaking warn insist"
                  + " explain stress add talk:talking,talked"),
          Map.entry("talks", "negotiate discuss"),
          Map.entry(
              "legal",
              "arrest charge sentence sue convict acquit indict extradite detain"
                  + " jail fine prosecute deport rule:ruled,ruling"),
          Map.entry("disaster", "flood erupt collapse"),
          Map.entry("election", "vote elect re-elect"),
          Map.entry("protest", "protest demonstrate riot"),
          Map.entry(
              "attack", "attack bomb shell:shelled,shelling shoot:shot,shooting invade raid storm"),
          Map.entry("meeting", "meet:meets,met,meeting visit host"));

  /** Noun triggers by event type. */
  private static final Map<String, String> NOUNS =
      Map.ofEntries(
          Map.entry("announcement", "announcement declaration"),
          Map.entry(
              "order",
              "order decree ban mobilisation mobilization call-up conscription lockdown curfew"
                  + " embargo sanctions tariffs evacuation"),
          Map.entry("statement", "statement speech remarks address"),
          Map.entry("talks", "talks negotiations"),
          Map.entry(
              "legal",
              "arrest arrests trial verdict ruling lawsuit indictment extradition conviction"),
          Map.entry(
              "disaster",
              "flood floods flooding earthquake quake collapse fire wildfire wildfires storm"
                  + " hurricane typhoon cyclone landslide tsunami eruption drought avalanche"
                  + " heatwave"),
          Map.entry(
              "election",
              "election elections vote referendum referendums poll polls ballot runoff"),
          Map.entry("protest", "protest protests demonstration demonstrations rally rallies riots"),
          Map.entry(
              "attack",
              "attack attacks airstrike airstrikes bombing shelling shooting assault raid invasion"
                  + " offensive"),
          Map.entry("meeting", "meeting summit visit"));

  /** Types whose nominal triggers mean nothing without someone doing them. */
  private static final Set<String> NEED_AGENT = Set.of("announcement", "order", "statement");

  /** Verbs that carry a nominal event: "held talks", "plans talks", "staged a protest". */
  private static final Set<String> LIGHT_VERBS =
      Set.copyOf(
          forms(
              "hold:holds,held,holding plan:plans,planned,planning stage launch conduct call"
                  + " organise organize begin:begins,began,begun,beginning start open"));

  /** Verbs that pass their subject on to the verb after them: "started crossing". */
  private static final Set<String> CATENATIVES =
      Set.copyOf(
          forms(
              "start begin:begins,began,begun continue try seek:seeks,sought want"
                  + " plan:plans,planned,planning agree decide attempt expect hope threaten refuse"
                  + " say:says,said report believe think:thinks,thought"));

  private static final Set<String> PASSIVE_AUX =
      Set.of("be", "is", "are", "was", "were", "been", "being");
  private static final Set<String> LOCATIVE =
      Set.of("into", "to", "in", "at", "from", "inside", "near", "across", "toward", "towards");
  private static final Set<String> CLAUSE_BREAKS =
      Set.of(
          "since",
          "after",
          "before",
          "following",
          "while",
          "although",
          "because",
          "when",
          "until",
          "whereas",
          "but",
          "who",
          "which",
          "whose",
          "where",
          ";",
          ":",
          "—",
          "–",
          "--",
          "amid",
          "as");
  private static final Set<String> POSSESSIVE = Set.of("'s", "’s", "'", "’");
  private static final Set<String> POSSESSIVE_PRONOUNS =
      Set.of("his", "her", "its", "their", "our", "my", "your");

  private static final Map<String, String> VERB_TYPES = index(VERBS, true);
  private static final Map<String, String> NOUN_TYPES = index(NOUNS, false);

  /** Creates the stage; it holds no state. */
  public EventExtractor() {}

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.POS, Layer.MENTIONS, Layer.DATES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.EVENTS);
  }

  @Override
  public Document apply(Document doc) {
    List<Found> found = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (s.kind() == BlockKind.BODY || s.kind() == BlockKind.HEADLINE) {
        found.addAll(new SentenceReader(doc, s).events());
      }
    }
    return doc.withEvents(onePerKey(found));
  }

  /** An event with the key that says which other reports are the same event. */
  private record Found(Event event, String key) {
    int score() {
      return (event.date().isPresent() ? 2 : 0) + (event.place().isPresent() ? 1 : 0);
    }
  }

  private static List<Event> onePerKey(List<Found> found) {
    Map<String, Found> best = new LinkedHashMap<>();
    for (Found f : found) {
      best.merge(f.key(), f, (a, b) -> b.score() > a.score() ? b : a);
    }
    return best.values().stream()
        .map(Found::event)
        .sorted(Comparator.comparing(Event::span))
        .toList();
  }

  /** The events of one sentence; token indices are relative to the sentence. */
  private static final class SentenceReader {
    private final Document doc;
    private final Sentence sentence;
    private final List<Token> tokens;
    private final List<DateMention> dates;
    private final List<DateMention> allDates;
    private final Mention[] mentionAt;
    private final int[] clause;
    private final boolean headline;
    private final boolean[] consumed;

    SentenceReader(Document doc, Sentence sentence) {
      this.doc = doc;
      this.sentence = sentence;
      this.tokens = doc.tokensOf(sentence);
      this.allDates = doc.dates().stream().filter(d -> d.sentence() == sentence.index()).toList();
      this.dates = allDates.stream().filter(DateMention::isDay).toList();
      this.headline = sentence.kind() == BlockKind.HEADLINE;
      this.mentionAt = new Mention[tokens.size()];
      for (Mention m : doc.mentions()) {
        if (m.sentence() == sentence.index()) {
          for (int i = 0; i < tokens.size(); i++) {
            if (m.span().contains(tokens.get(i).span())) {
              mentionAt[i] = m;
            }
          }
        }
      }
      this.clause = new int[tokens.size()];
      int c = 0;
      for (int i = 0; i < tokens.size(); i++) {
        if (i > 0
            && (CLAUSE_BREAKS.contains(lower(i))
                || lower(i).equals("that") && pos(i).equals("SCONJ"))) {
          c++;
        }
        clause[i] = c;
      }
      this.consumed = new boolean[tokens.size()];
    }

    List<Found> events() {
      List<Draft> drafts = new ArrayList<>();
      boolean[] verb = new boolean[tokens.size()];
      // Verbs first: their objects are consumed, so "announced the curfew" is one event.
      for (int i = 0; i < tokens.size(); i++) {
        String type = VERB_TYPES.get(lower(i));
        if (type != null && isVerb(i)) {
          verb[i] = true;
          verbal(i, type).ifPresent(drafts::add);
        }
      }
      for (int i = 0; i < tokens.size(); i++) {
        String type = NOUN_TYPES.get(lower(i));
        if (type != null && !verb[i] && !consumed[i] && isNounHead(i)) {
          drafts.add(nominal(i, type));
        }
      }
      drafts.removeIf(d -> d.nominal && shadowed(d, drafts) || !keep(d));
      List<Found> out = new ArrayList<>();
      for (Draft d : drafts) {
        out.add(finish(d, drafts));
      }
      return out;
    }

    /** A nominal event restating a verbal one in its clause: "said in a statement". */
    private boolean shadowed(Draft d, List<Draft> all) {
      return all.stream()
          .anyMatch(
              v ->
                  !v.nominal
                      && v.type.equals(d.type)
                      && clause[v.trigger] == clause[d.trigger]
                      && (d.agent == null || d.agent == v.agent));
    }

    private boolean isVerb(int i) {
      if (pos(i).equals("VERB")) {
        return true;
      }
      // Headline case confuses the tagger: a listed verb that is not also a listed noun is a
      // verb unless a determiner, possessive or adjective makes it a noun.
      boolean nounContext =
          i > 0 && (pos(i - 1).equals("DET") || pos(i - 1).equals("ADJ") || isPossessive(i - 1));
      return headline && !nounContext && !NOUN_TYPES.containsKey(lower(i));
    }

    private boolean isNounHead(int i) {
      String p = pos(i);
      boolean nounish = p.equals("NOUN") || p.equals("PROPN") || headline || p.equals("PUNCT");
      if (!nounish || mentionAt[i] != null) {
        return false;
      }
      // "meeting points", "curfew order": a modifier, not the head of the phrase.
      return i + 1 >= tokens.size() || !isNoun(i + 1);
    }

    private Optional<Draft> verbal(int t, String type) {
      Draft d = new Draft(type, t, false);
      int before = skipLeft(t - 1);
      d.passive = isPassive(t);
      if (d.passive) {
        if (type.equals("statement")) {
          return Optional.empty(); // "are said to": hearsay, no speaker
        }
        int[] np = nounPhraseLeft(before);
        if (np != null && clause[np[0]] == clause[t]) {
          d.object = phrase(np[0], np[1]);
          d.objectHead = lower(np[1] - 1);
          markConsumed(np[0], np[1]);
        }
        d.agent = byAgent(t + 1);
      } else {
        d.agent = subject(before);
        d.subjectText = subjectNoun(before);
        if (d.agent == null && type.equals("statement")) {
          d.agent = inverted(t + 1); // "said Jane Doe", "say officials"
        }
        if (d.agent == null && (t == 0 || isSentenceStartAdverbs(t))) {
          d.agent = mainSubject(t + 1); // "Talking to reporters on Monday, Doe said ..."
        }
        if (!type.equals("statement")) {
          objectRight(d, t + 1); // statements report clauses, not objects
        }
      }
      if (type.equals("movement")) {
        d.place = directObjectPlace(t + 1);
      }
      return Optional.of(d);
    }

    private Draft nominal(int t, String type) {
      Draft d = new Draft(type, t, true);
      int left = t - 1;
      while (left >= 0
          && !LIGHT_VERBS.contains(lower(left))
          && (isModifier(left) || isDemonym(left))) {
        if (mentionAt[left] != null && d.agent == null) {
          d.agent = mentionAt[left]; // "the Kenyan offensive"
        }
        left--;
      }
      int firstMod = left + 1;
      while (firstMod < t && (pos(firstMod).equals("DET") || mentionAt[firstMod] != null)) {
        firstMod++;
      }
      boolean hasNoun = false;
      for (int i = firstMod; i < t; i++) {
        hasNoun |= isNoun(i) && mentionAt[i] == null;
      }
      if (hasNoun) {
        d.object = phrase(firstMod, t);
        d.objectHead = lower(t - 1);
      }
      if (left >= 0 && isPossessive(left) && left - 1 >= 0 && mentionAt[left - 1] != null) {
        d.agent = mentionAt[left - 1];
      } else if (left >= 0 && LIGHT_VERBS.contains(lower(left)) && !consumed[left]) {
        Mention m = subject(skipLeft(left - 1));
        d.agent = m != null ? m : d.agent;
        d.light = left;
      }
      if (d.agent == null) {
        d.agent = byAgent(t + 1);
      }
      if (t + 1 < tokens.size() && lower(t + 1).equals("of") && d.object == null) {
        int[] np = nounPhraseRight(t + 2);
        if (np != null) {
          d.object = "of " + phrase(np[0], np[1]);
          d.objectHead = lower(np[1] - 1);
          markConsumed(np[0], np[1]);
        }
      }
      return d;
    }

    private Found finish(Draft d, List<Draft> all) {
      if (d.place == null) {
        d.place = placeAfter(d.trigger + 1, d.nominal || d.type.equals("statement"));
      }
      if (d.place == null) {
        d.place = leadingPlace(d.trigger);
      }
      if (d.place != null && d.place == d.agent) {
        d.place = null;
      }
      Optional<String> date = dateOf(d, all);
      int end = d.trigger + 1;
      int begin = d.light >= 0 ? d.light : d.trigger;
      CharSpan span =
          new CharSpan(tokens.get(begin).span().begin(), tokens.get(end - 1).span().end());
      if (d.agent != null) {
        span = union(span, d.agent.span());
      }
      Event e =
          new Event(
              span,
              sentence.index(),
              d.type,
              label(d),
              date,
              Optional.ofNullable(d.agent).map(Mention::span),
              Optional.ofNullable(d.place).map(Mention::span));
      String agentKey = d.agent == null ? "-" : agentKey(d.agent);
      String key =
          d.type + "|" + agentKey + "|" + normalise(d.objectHead == null ? "" : d.objectHead);
      return new Found(e, key);
    }

    boolean keep(Draft d) {
      if (!d.nominal) {
        return !d.type.equals("statement") || d.agent != null || d.subjectText != null;
      }
      if (NEED_AGENT.contains(d.type) || d.type.equals("talks") && d.light < 0) {
        return d.agent != null && !"demonym".equals(d.agent.source());
      }
      return d.agent != null
          || placeAfter(d.trigger + 1, true) != null
          || dateOf(d, List.of()).isPresent();
    }

    private Optional<String> dateOf(Draft d, List<Draft> all) {
      CharSpan at = tokens.get(d.trigger).span();
      Optional<DateMention> same =
          dates.stream()
              .filter(x -> clauseOf(x.span()) == clause[d.trigger])
              .min(Comparator.comparingInt(x -> RelativeDates.distance(x.span(), at)));
      if (same.isPresent()) {
        return same.map(DateMention::start);
      }
      return dates.stream()
          .filter(x -> all.stream().noneMatch(o -> clause[o.trigger] == clauseOf(x.span())))
          .min(Comparator.comparingInt(x -> RelativeDates.distance(x.span(), at)))
          .map(DateMention::start);
    }

    private int clauseOf(CharSpan span) {
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).span().end() > span.begin()) {
          return clause[i];
        }
      }
      return -1;
    }

    private String label(Draft d) {
      StringBuilder b = new StringBuilder();
      // When the subject's head is a common noun ("French police", "the EU agency Eurojust"),
      // the phrase reads better than the name inside it.
      String who = d.subjectText != null ? d.subjectText : name(d.agent);
      if (d.passive) {
        if (d.object != null) {
          b.append(d.object).append(' ');
        }
        b.append(lower(d.trigger));
        if (who != null) {
          b.append(" by ").append(who);
        }
      } else if (d.nominal) {
        if (who != null) {
          b.append(who).append(' ');
        }
        if (d.light >= 0) {
          b.append(lower(d.light)).append(' ');
        }
        if (d.object != null && !d.object.startsWith("of ")) {
          b.append(d.object).append(' ').append(lower(d.trigger));
        } else {
          b.append(lower(d.trigger));
          if (d.object != null) {
            b.append(' ').append(d.object);
          }
        }
        if (who == null && d.place != null) {
          b.append(" in ").append(d.place.text());
        }
      } else {
        if (who != null) {
          b.append(who).append(' ');
        }
        b.append(lower(d.trigger));
        if (d.object != null) {
          b.append(' ').append(d.object);
        }
      }
      if (d.type.equals("talks") || d.type.equals("meeting")) {
        Mention with = partner(d.trigger + 1);
        if (with != null) {
          b.append(" with ").append(with.text());
        }
      }
      return b.toString().strip();
    }

    // --- Arguments -------------------------------------------------------------------------

    /** Skips auxiliaries, adverbs, "to" and catenative verbs to the left of a verb. */
    private int skipLeft(int i) {
      while (i >= 0) {
        String p = pos(i);
        if (lower(i).equals("to")) {
          if (i == 0 || !CATENATIVES.contains(lower(i - 1))) {
            return -1; // an infinitive without its own subject: "a passport to enter"
          }
          i--;
        } else if (p.equals("AUX") || p.equals("ADV") || p.equals("PART")) {
          i--;
        } else if (CATENATIVES.contains(lower(i))
                && i + 1 < tokens.size()
                && (lower(i + 1).equals("to") || pos(i + 1).equals("VERB"))
            || PASSIVE_AUX.contains(lower(i))
            || Set.of("have", "has", "had").contains(lower(i))) {
          i--;
        } else {
          break;
        }
      }
      // "Doe, whose party lost, said": jump over one comma-enclosed aside.
      if (i >= 0 && lower(i).equals(",")) {
        for (int j = i - 1; j >= Math.max(0, i - 25); j--) {
          if (lower(j).equals(",") && j > 0 && mentionAt[j - 1] != null) {
            return j - 1;
          }
        }
      }
      return i;
    }

    /** The named subject ending at token {@code i}: people and organisations before places. */
    private Mention subject(int i) {
      if (i < 0) {
        return null;
      }
      String w = lower(i);
      if (w.equals("he") || w.equals("she")) {
        return lastPerson(tokens.get(i).span().begin());
      }
      Mention best = null;
      int j = i;
      for (; j >= 0 && inSubjectPhrase(j); j--) {
        Mention m = mentionAt[j];
        boolean modifier = isDemonym(j) && mentionAt[i] != m;
        if (m != null && !modifier && (best == null || rank(m) > rank(best))) {
          best = m;
        }
      }
      // "visas for Norway have been arriving": a prepositional object is not the subject,
      // except after a quantity ("thousands of Brazilians").
      while (j >= 0 && (pos(j).equals("CCONJ") || inSubjectPhrase(j))) {
        j--; // the first conjunct decides: "visas for Chile or Peru"
      }
      if (j >= 0
          && pos(j).equals("ADP")
          && !CLAUSE_BREAKS.contains(lower(j))
          && !lower(j).equals("than")
          && !(lower(j).equals("of") && isQuantity(j - 1))) {
        return null;
      }
      return best;
    }

    private boolean isQuantity(int i) {
      return i >= 0
          && (pos(i).equals("NUM")
              || Set.of(
                      "tens",
                      "hundreds",
                      "thousands",
                      "millions",
                      "dozens",
                      "number",
                      "lot",
                      "group",
                      "most",
                      "many",
                      "some",
                      "all")
                  .contains(lower(i)));
    }

    private boolean inSubjectPhrase(int j) {
      String p = pos(j);
      return mentionAt[j] != null
          || p.equals("NOUN")
          || p.equals("PROPN")
          || p.equals("ADJ")
          || p.equals("NUM")
          || p.equals("DET")
          || isPossessive(j);
    }

    private static int rank(Mention m) {
      return switch (m.type()) {
        case PERSON -> 4;
        case ORGANIZATION -> 3;
        case COUNTRY -> "demonym".equals(m.source()) ? 1 : 2;
        case PLACE -> 1;
      };
    }

    /** The subject as written when its head is a common noun: "police", "Kenyan military". */
    private String subjectNoun(int i) {
      if (i >= 0 && isNoun(i) && mentionAt[i] == null) {
        int b = i;
        while (b - 1 >= 0 && (pos(b - 1).equals("ADJ") || isNoun(b - 1))) {
          b--;
        }
        return phrase(b, i + 1);
      }
      return null;
    }

    /** The person a "he" or "she" at {@code offset} most likely means: the last one named. */
    private Mention lastPerson(int offset) {
      Mention last = null;
      for (Mention m : doc.mentions()) {
        if (m.type() == EntityType.PERSON
            && m.span().end() <= offset
            && m.sentence() >= sentence.index() - 3) {
          last = m;
        }
      }
      return last;
    }

    private Mention inverted(int i) {
      int j = i;
      while (j < tokens.size() && (pos(j).equals("DET") || pos(j).equals("ADJ"))) {
        j++;
      }
      if (j < tokens.size()
          && mentionAt[j] != null
          && mentionAt[j].type() != EntityType.PLACE
          && !isDemonym(j)) {
        return mentionAt[j];
      }
      return null;
    }

    private Mention mainSubject(int from) {
      for (int i = from; i < tokens.size(); i++) {
        if (lower(i).equals(",")) {
          Mention m = i + 1 < tokens.size() ? mentionAt[i + 1] : null;
          if (m != null && m.type() != EntityType.PLACE) {
            return m;
          }
        }
      }
      return null;
    }

    private boolean isSentenceStartAdverbs(int t) {
      for (int i = 0; i < t; i++) {
        if (!pos(i).equals("ADV") && !pos(i).equals("PUNCT")) {
          return false;
        }
      }
      return true;
    }

    private Mention byAgent(int from) {
      for (int i = from; i < Math.min(tokens.size(), from + 4); i++) {
        if (lower(i).equals("by")) {
          int j = i + 1;
          while (j < tokens.size()
              && mentionAt[j] == null
              && (pos(j).equals("DET") || pos(j).equals("ADJ") || pos(j).equals("PROPN"))) {
            j++; // determiners and titles: "by Governor Jane Doe"
          }
          return j < tokens.size() ? mentionAt[j] : null;
        }
      }
      return null;
    }

    /** The object noun phrase of a verb, with "to"-infinitive: "his government to assist". */
    private void objectRight(Draft d, int from) {
      int[] np = nounPhraseRight(from);
      if (np == null) {
        return;
      }
      if (mentionAt[np[1] - 1] != null && d.type.equals("movement")) {
        return; // the place, not an object
      }
      StringBuilder b = new StringBuilder(phrase(np[0], np[1]));
      d.objectHead = lower(np[1] - 1);
      int end = np[1];
      if (end + 1 < tokens.size() && lower(end).equals("to") && pos(end + 1).equals("VERB")) {
        b.append(" to ").append(word(end + 1));
        end += 2;
      }
      d.object = b.toString();
      markConsumed(np[0], end);
    }

    /** DET? PRON$? (ADJ|NOUN|PROPN|NUM)* ending in a noun, starting at {@code from}. */
    private int[] nounPhraseRight(int from) {
      int i = from;
      while (i < tokens.size() && (pos(i).equals("DET") || pos(i).equals("ADV"))) {
        if (lower(i).equals("each") || lower(i).equals("every") || isAnyDate(i)) {
          return null;
        }
        i++;
      }
      int begin = i;
      if (i < tokens.size() && POSSESSIVE_PRONOUNS.contains(lower(i))) {
        i++;
      }
      int lastNoun = -1;
      while (i < tokens.size()
          && !isAnyDate(i)
          && (pos(i).equals("ADJ")
              || isNoun(i)
              || pos(i).equals("NUM")
              || isHyphenPart(i)
              || isPossessive(i) && i > begin)) {
        if (isNoun(i)) {
          lastNoun = i;
        }
        i++;
      }
      return lastNoun < 0 ? null : new int[] {begin, lastNoun + 1};
    }

    /** The noun phrase ending at {@code end} (inclusive), determiners left out. */
    private int[] nounPhraseLeft(int end) {
      if (end < 0 || !isNoun(end)) {
        return null;
      }
      int b = end;
      while (b - 1 >= 0 && (pos(b - 1).equals("ADJ") || isNoun(b - 1) || isPossessive(b - 1))) {
        b--;
      }
      return new int[] {b, end + 1};
    }

    private Mention directObjectPlace(int from) {
      int i = from;
      while (i < tokens.size() && (pos(i).equals("DET") || pos(i).equals("ADJ"))) {
        i++;
      }
      return i < tokens.size() && isPlace(mentionAt[i]) ? mentionAt[i] : null;
    }

    /** A place named after a locative preposition, in the trigger's clause. */
    private Mention placeAfter(int from, boolean adjacent) {
      int limit = adjacent ? Math.min(tokens.size(), from + 1) : tokens.size();
      for (int i = from; i < limit && clause[i] == clause[from - 1]; i++) {
        if (LOCATIVE.contains(lower(i)) && !isDateWord(i + 1)) {
          for (int j = i + 1; j < Math.min(tokens.size(), i + 8); j++) {
            if (isPlace(mentionAt[j])) {
              return mentionAt[j];
            }
            if (pos(j).equals("VERB") || pos(j).equals("PUNCT") && !isPossessive(j)) {
              break;
            }
          }
        }
      }
      return null;
    }

    /** "In Chile alone, ..." at the start of the trigger's clause. */
    private Mention leadingPlace(int t) {
      int start = 0;
      while (start < t && clause[start] != clause[t]) {
        start++;
      }
      if (start + 1 < t && lower(start).equals("in") && isPlace(mentionAt[start + 1])) {
        return mentionAt[start + 1];
      }
      return null;
    }

    private Mention partner(int from) {
      for (int i = from; i < tokens.size() && clause[i] == clause[from - 1]; i++) {
        if (lower(i).equals("with") && i + 1 < tokens.size() && mentionAt[i + 1] != null) {
          return mentionAt[i + 1];
        }
      }
      return null;
    }

    private boolean isPassive(int t) {
      for (int i = t - 1; i >= 0; i--) {
        if (pos(i).equals("ADV")) {
          continue;
        }
        return PASSIVE_AUX.contains(lower(i)) && !lower(t).endsWith("ing");
      }
      return false;
    }

    // --- Small helpers --------------------------------------------------------------------

    private static String name(Mention m) {
      return m == null ? null : m.text();
    }

    private boolean isPlace(Mention m) {
      return m != null
          && (m.type() == EntityType.PLACE || m.type() == EntityType.COUNTRY)
          && !"demonym".equals(m.source());
    }

    private boolean isDemonym(int i) {
      return mentionAt[i] != null && "demonym".equals(mentionAt[i].source());
    }

    private boolean isModifier(int i) {
      return pos(i).equals("ADJ")
          || pos(i).equals("DET")
          || isNoun(i) && mentionAt[i] == null
          || isHyphenPart(i);
    }

    private boolean isNoun(int i) {
      return pos(i).equals("NOUN") || pos(i).equals("PROPN");
    }

    private boolean isHyphenPart(int i) {
      return tokens.get(i).text().startsWith("-") && tokens.get(i).text().length() > 1;
    }

    private boolean isPossessive(int i) {
      return POSSESSIVE.contains(tokens.get(i).text());
    }

    private boolean isAnyDate(int i) {
      CharSpan s = tokens.get(i).span();
      return allDates.stream().anyMatch(d -> d.span().contains(s));
    }

    private boolean isDateWord(int i) {
      if (i >= tokens.size()) {
        return false;
      }
      CharSpan s = tokens.get(i).span();
      return dates.stream().anyMatch(d -> d.span().contains(s));
    }

    private void markConsumed(int from, int to) {
      for (int i = from; i < to; i++) {
        consumed[i] = true;
      }
    }

    private String phrase(int from, int to) {
      StringBuilder b = new StringBuilder();
      for (int i = from; i < to; i++) {
        if (b.length() > 0 && !isPossessive(i) && !isHyphenPart(i)) {
          b.append(' ');
        }
        b.append(word(i));
      }
      return b.toString();
    }

    /** A token as written; headline case is lowered except inside names. */
    private String word(int i) {
      String w = tokens.get(i).text();
      return headline && mentionAt[i] == null ? w.toLowerCase(Locale.ROOT) : w;
    }

    private String lower(int i) {
      return tokens.get(i).text().toLowerCase(Locale.ROOT);
    }

    private String pos(int i) {
      return tokens.get(i).pos();
    }
  }

  /** An event being assembled from one trigger. */
  private static final class Draft {
    final String type;
    final int trigger;
    final boolean nominal;
    int light = -1;
    boolean passive;
    Mention agent;
    String subjectText;
    Mention place;
    String object;
    String objectHead;

    Draft(String type, int trigger, boolean nominal) {
      this.type = type;
      this.trigger = trigger;
      this.nominal = nominal;
    }
  }

  /** People by surname, so "Ana Lima" and "Lima" are one agent; others by name. */
  private static String agentKey(Mention m) {
    String t = m.text().toLowerCase(Locale.ROOT);
    if (m.type() == EntityType.PERSON) {
      return t.substring(t.lastIndexOf(' ') + 1);
    }
    return t;
  }

  /** British and American spellings as one: "organisation" and "organization". */
  private static String normalise(String w) {
    return w.replace("isation", "ization").replaceAll("ise([sd]?)$", "ize$1");
  }

  private static CharSpan union(CharSpan a, CharSpan b) {
    return new CharSpan(Math.min(a.begin(), b.begin()), Math.max(a.end(), b.end()));
  }

  private static Map<String, String> index(Map<String, String> lexicon, boolean inflect) {
    Map<String, String> out = new HashMap<>();
    lexicon.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              List<String> words = inflect ? forms(e.getValue()) : List.of(e.getValue().split(" "));
              for (String w : words) {
                out.putIfAbsent(w, e.getKey());
              }
            });
    return Map.copyOf(out);
  }

  /** Every form of the listed verbs: the base, its listed forms, or its regular inflections. */
  private static List<String> forms(String list) {
    List<String> out = new ArrayList<>();
    for (String entry : list.split("\\s+")) {
      int colon = entry.indexOf(':');
      if (colon >= 0) {
        out.add(entry.substring(0, colon));
        out.addAll(List.of(entry.substring(colon + 1).split(",")));
        continue;
      }
      out.add(entry);
      out.add(entry.matches(".*(s|sh|ch|x|z)") ? entry + "es" : entry + "s");
      String stem = entry.endsWith("e") ? entry.substring(0, entry.length() - 1) : entry;
      out.add(stem + "ed");
      out.add(stem + "ing");
    }
    return out;
  }
}
