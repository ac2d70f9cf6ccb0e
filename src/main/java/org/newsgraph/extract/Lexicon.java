package org.newsgraph.extract;

import java.util.List;
import java.util.Set;

/**
 * General English word lists the extractors share. Nothing here is about one story: they are the
 * words reporters use for speaking and for posts in any domain.
 */
final class Lexicon {

  private Lexicon() {}

  static Set<String> words(String spaceSeparated) {
    return Set.copyOf(List.of(spaceSeparated.split(" ")));
  }

  /** Verbs that introduce reported or quoted speech, in the forms news text uses. */
  static final Set<String> SPEECH_VERBS =
      words(
          "say says said saying tell tells told add adds added explain explains explained"
              + " emphasize emphasizes emphasized emphasise emphasises emphasised continue"
              + " continues continued stress stresses stressed claim claims claimed report reports"
              + " reported announce announces announced note notes noted warn warns warned state"
              + " states stated insist insists insisted argue argues argued write writes wrote"
              + " tweet tweets tweeted confirm confirms confirmed declare declares declared"
              + " acknowledge acknowledges acknowledged admit admits admitted recall recalls"
              + " recalled call calls called predict predicts predicted estimate estimates"
              + " estimated ask asks asked reply replies replied");

  /** Forms the tagger sometimes gets wrong, accepted whatever their tag. */
  static final Set<String> ALWAYS_SPEECH = words("say says said");

  /** "called for", "called off": the verb is not about words. */
  static final Set<String> NOT_SPEECH_AFTER = words("for off up on in");

  static final Set<String> PERSON_PRONOUNS = words("he she");
  static final Set<String> GROUP_PRONOUNS = words("it they");
  static final Set<String> HONORIFICS = words("mr mr. mrs mrs. ms ms. dr dr. sir dame");
  static final Set<String> DETERMINERS = words("the a an");

  /** Heads of a title: the word a post ends in ("interior minister", "police chief"). */
  static final Set<String> TITLE_HEADS =
      words(
          "president minister premier chancellor king queen prince princess emperor governor"
              + " mayor senator congressman congresswoman lawmaker legislator mp spokesman"
              + " spokeswoman spokesperson chief head director commander general colonel"
              + " lieutenant captain sergeant admiral marshal secretary ambassador envoy"
              + " chairman chairwoman chairperson ceo executive officer judge justice prosecutor"
              + " attorney commissioner leader councillor councilor deputy pope bishop archbishop"
              + " sheikh emir sultan manager founder adviser advisor aide diplomat negotiator"
              + " inspector superintendent sheriff coroner official president-elect"
              + " vice-president spokesmen chancellor-elect");

  /**
   * Whether a lower-case word heads a title, hyphenated ones included: "director-general",
   * "secretary-general", "commander-in-chief".
   */
  static boolean isTitleHead(String word) {
    if (TITLE_HEADS.contains(word)) {
      return true;
    }
    String[] parts = word.split("-");
    if (parts.length < 2) {
      return false;
    }
    for (String p : parts) {
      if (!TITLE_HEADS.contains(p) && !TITLE_MODIFIERS.contains(p) && !p.equals("in")) {
        return false;
      }
    }
    return TITLE_HEADS.contains(parts[0]) || TITLE_HEADS.contains(parts[parts.length - 1]);
  }

  /** Words that qualify a title without being the post's field. */
  static final Set<String> TITLE_MODIFIERS =
      words(
          "acting former deputy vice chief senior interim incoming outgoing first assistant"
              + " executive general prime associate principal lead managing");

  /**
   * Fields of a post, written capitalised in titles ("Interior Minister"); lower-case words before
   * a title are accepted anyway, capitalised ones only from here, so that a weekday or a name is
   * not read as part of a title.
   */
  static final Set<String> PORTFOLIOS =
      words(
          "interior foreign defence defense finance health justice trade energy economy economic"
              + " home environment education transport agriculture labour labor culture emergency"
              + " emergencies border police army military state national security press"
              + " communications migration immigration industry interior affairs development"
              + " digital science research tourism sport sports housing water climate treasury"
              + " commerce internal external public regional local federal provincial district"
              + " opposition party parliamentary supreme high court fire coast naval air");

  /** Head nouns of an organisation phrase: "the Chilean coast guard", "the city council". */
  static final Set<String> INSTITUTIONS =
      words(
          "guard police ministry agency committee council court commission service department"
              + " office authority authorities party union company bank university institute"
              + " army navy force forces board federation association organisation organization"
              + " group foundation fund centre center embassy parliament government"
              + " administration bureau corporation network coalition tribunal regulator"
              + " directorate inspectorate secretariat cabinet");
}
