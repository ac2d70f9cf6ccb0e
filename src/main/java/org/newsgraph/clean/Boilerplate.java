package org.newsgraph.clean;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises page furniture that scrapers leave in article text: sign-up, notification, donation,
 * comment and login prompts, links to other articles, photo credits, and the headline lists that
 * follow an article. The rules are phrase patterns that hold across outlets, not the sentences of
 * any one site.
 */
final class Boilerplate {

  /** Why a line is furniture; some kinds also name the outlet ("... from The Daily Planet"). */
  enum Kind {
    NEWSLETTER(true),
    NOTIFICATIONS(true),
    APPEAL(true),
    COMMENTS(false),
    LOGIN(false),
    SHARING(false),
    REFERRAL(false),
    CREDIT(false);

    final boolean namesPublisher;

    Kind(boolean namesPublisher) {
      this.namesPublisher = namesPublisher;
    }
  }

  /**
   * A phrase pattern and its cues. Most lines hold no prompt at all, and a regular expression tried
   * at every position of a long paragraph is slow, so a rule runs only on lines that contain one of
   * its cues.
   */
  private record Rule(Kind kind, Pattern pattern, List<String> cues) {

    /** Whether the rule may match a line; {@code folded} is the line through {@link #fold}. */
    boolean mayMatch(String folded) {
      for (String cue : cues) {
        if (folded.contains(cue)) {
          return true;
        }
      }
      return false;
    }
  }

  private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** A short line with one signal is furniture; so is a longer one dense with signals. */
  private static final int MAX_WORDS_ONE_SIGNAL = 15;

  /**
   * A body paragraph may mention a donation or a newsletter in passing; furniture is made of such
   * phrases. Lines with at most this many words per signal count as furniture.
   */
  private static final int WORDS_PER_SIGNAL = 20;

  /**
   * Phrases of prompts and appeals; each occurrence counts as one signal. After each phrase come
   * its cues: words of which every match contains at least one, lower case.
   */
  private static final List<Rule> SIGNALS =
      List.of(
          rule(Kind.NEWSLETTER, "\\bnewsletters?\\b", "newsletter"),
          rule(
              Kind.NEWSLETTER,
              "\\bsign(?:ing)?[ -]?up\\b.{0,60}\\b(?:e-?mails?|alerts|inbox)\\b",
              "sign"),
          rule(
              Kind.NEWSLETTER,
              "\\b(?:e-?mails?|alerts)\\b.{0,40}\\bsign(?:ing)?[ -]?up\\b",
              "sign"),
          rule(
              Kind.NEWSLETTER, "\\bstraight to your inbox\\b|\\bto your inbox\\b", "to your inbox"),
          rule(Kind.NEWSLETTER, "\\b(?:enter )?a valid e-?mail(?: address)?\\b", "a valid e"),
          rule(Kind.NEWSLETTER, "\\bthanks? (?:you )?for (?:signing up|subscribing)\\b", "thank"),
          rule(Kind.NEWSLETTER, "\\b(?:be )?e-?mailed about\\b", "mailed about"),
          rule(Kind.NEWSLETTER, "\\bprivacy (?:notice|policy|statement)\\b", "privacy"),
          rule(
              Kind.NEWSLETTER,
              "\\bunsubscribe\\b|\\bsubscribe (?:now|today|here|to our)\\b",
              "subscribe"),
          rule(
              Kind.NEWSLETTER,
              "^sign up$|\\bsign up (?:now|here|today|for free|for our)\\b",
              "sign up"),
          rule(
              Kind.NOTIFICATIONS,
              "\\b(?:push |browser )?notifications?\\b.{0,60}"
                  + "\\b(?:from|browser|preferences|settings|enable|allow|turn on|manage)",
              "notification"),
          rule(
              Kind.NOTIFICATIONS,
              "\\b(?:enable|allow|turn on|manage) (?:push )?notifications\\b",
              "notification"),
          rule(
              Kind.APPEAL,
              "^(?:your|our readers'?) (?:support|donation|contribution)s?\\b",
              "support",
              "donation",
              "contribution"),
          rule(
              Kind.APPEAL,
              "\\byour (?:donation|contribution|support) (?:allows|helps|makes|means|"
                  + "keeps|enables)\\b",
              "support",
              "donation",
              "contribution"),
          rule(
              Kind.APPEAL,
              "\\b(?:please )?(?:consider )?(?:donate|donating|make a donation|"
                  + "make a contribution)\\b",
              "donat",
              "make a contribution"),
          rule(
              Kind.APPEAL,
              "\\bsupport (?:us|our journalism|independent journalism|"
                  + "quality journalism|our reporting|our work)\\b",
              "support"),
          rule(
              Kind.APPEAL,
              "\\bpaywalls?\\b|\\breader[- ]funded\\b|\\bbecome a (?:member|"
                  + "subscriber|supporter|patron)\\b|\\balready a (?:subscriber|member)\\b",
              "paywall",
              "funded",
              "become a",
              "already a"),
          rule(
              Kind.COMMENTS,
              "^(?:\\d+\\s+)?comments?$|^(?:view|show|read|load|see) (?:all |the )?"
                  + "(?:\\d+ )?comments?$",
              "comment"),
          rule(
              Kind.COMMENTS,
              "\\bjoin (?:our|the) (?:commenting|comments?|conversation|discussion|"
                  + "debate)\\b|\\bcommenting forum\\b|\\bthought-provoking conversations\\b",
              "join",
              "commenting forum",
              "thought-provoking"),
          rule(
              Kind.COMMENTS,
              "\\bfollow other [\\p{L} ]{1,30} readers\\b|\\bcommunity guidelines\\b"
                  + "|\\b(?:leave|post|add|write) a comment\\b",
              "follow other",
              "community guidelines",
              "a comment"),
          rule(Kind.LOGIN, "\\bthank you for registering\\b", "registering"),
          rule(Kind.LOGIN, "\\brefresh (?:the|your|this) (?:page|browser)\\b", "refresh"),
          rule(
              Kind.LOGIN,
              "\\b(?:be )?logged in|\\blog ?in to\\b|\\bsign in to\\b",
              "log",
              "sign in to"),
          rule(
              Kind.LOGIN,
              "\\bcreate (?:an|a free|your) account\\b|\\balready have an account\\b"
                  + "|\\bforgot(?:ten)? (?:your )?password\\b|^(?:log ?in|sign in|register)$",
              "account",
              "password",
              "log",
              "sign in",
              "register"),
          rule(
              Kind.SHARING,
              "^(?:share|share this( article| story)?|print|e-?mail|tweet|copy link"
                  + "|advertisement|skip advert|ad|listen to (?:this )?article)$",
              "share",
              "print",
              "mail",
              "tweet",
              "copy link",
              "ad",
              "listen to"),
          rule(
              Kind.SHARING,
              "\\bshare (?:this|on) (?:article|story|facebook|twitter|whatsapp)\\b"
                  + "|\\b(?:accept|manage) (?:all )?cookies\\b|\\bdownload (?:our|the) app\\b"
                  + "|\\bclick here\\b",
              "share",
              "cookies",
              "download",
              "click here"));

  /** A line that opens with these names another article; dropped whatever its length. */
  private static final Pattern REFERRAL =
      Pattern.compile(
          "^(?:see also|read more|read also|also read|more on this(?: story)?|related(?: stories|"
              + " articles| coverage| content)?|recommended(?: reading)?|watch|listen|"
              + "more|trending|explainer)\\s*[:|»>]",
          I);

  /** "Read more", or a scraper's leftover link label such as "source site". */
  private static final Pattern LINK_LABEL =
      Pattern.compile("^(?:read more(?: here)?|source(?: site| link| website)?)\\W*$", I);

  /**
   * A line that is only a photo credit: "Image: via REUTERS", "Picture: PA", "(AP)". A labelled
   * credit names a source in a few words; "Photo: Residents queue for water (AP)" is a caption. The
   * words are matched possessively: a caption then fails at once, where backtracking would try
   * every way of cutting its first words into six pieces.
   */
  private static final Pattern CREDIT_LINE =
      Pattern.compile(
          "^(?:(?:images?|pictures?|photos?|photographs?|photo credit|credits?|footage|video|"
              + "illustration|graphic)\\s*:\\s*(?:[^\\s]++\\s*+){1,6}"
              + "|\\(?(?:via\\s+)?"
              + Credits.AGENCY
              + "\\)?)$",
          I);

  /**
   * The heading of a list of other articles that follows the story. Everything from it on is
   * dropped: "Latest World News", "More stories", "Most read", "See more ...".
   */
  private static final Pattern LIST_MARKER =
      Pattern.compile(
          "^(?:(?:see more|see all)\\b.{0,40}"
              + "|(?:latest|more|top|trending|popular|recent|related)(?: [\\p{L}-]+){0,3} "
              + "(?:news|stories|articles|headlines|videos|posts)"
              + "|most (?:read|popular|viewed|shared|commented|watched)(?: [\\p{L}-]+){0,2}"
              + "|(?:you (?:may|might) (?:also )?like|recommended for you|editor'?s picks|"
              + "don'?t miss|in other news|trending now|more from [\\p{L} ]{1,30}))$",
          I);

  private static final Pattern APPEAL_START =
      Pattern.compile("^(?:your|our readers'?) (?:support|donations?|contributions?)\\b", I);

  private static final Pattern FROM_OUTLET =
      Pattern.compile(
          "\\bfrom ((?:The |the )?\\p{Lu}[\\p{L}\\p{N}&'’-]*(?: \\p{Lu}[\\p{L}\\p{N}&'’-]*){0,3})");

  private static final Pattern SENTENCE_END = Pattern.compile("(?s).*[.!?][\"'”’)\\]]*$");

  private Boilerplate() {}

  /** Why {@code line} is furniture, or empty when it may be content. */
  static Optional<Kind> classify(String line) {
    if (REFERRAL.matcher(line).find() || LINK_LABEL.matcher(line).matches()) {
      return Optional.of(Kind.REFERRAL);
    }
    if (CREDIT_LINE.matcher(line).matches()) {
      return Optional.of(Kind.CREDIT);
    }
    String folded = fold(line);
    Kind first = null;
    int hits = 0;
    for (Rule r : SIGNALS) {
      if (!r.mayMatch(folded)) {
        continue;
      }
      Matcher m = r.pattern.matcher(line);
      while (m.find()) {
        first = first == null ? r.kind : first;
        hits++;
      }
    }
    if (hits == 0) {
      return Optional.empty();
    }
    int words = words(line);
    if (hits == 1 && words <= MAX_WORDS_ONE_SIGNAL
        || hits >= 2 && words <= WORDS_PER_SIGNAL * hits) {
      return Optional.of(first);
    }
    return Optional.empty();
  }

  /** Whether {@code line} opens a donation appeal that may run over several paragraphs. */
  static boolean startsAppeal(String line) {
    return APPEAL_START.matcher(line).find();
  }

  /** Whether {@code line} has any appeal signal: the last such line closes an appeal. */
  static boolean isAppealLine(String line) {
    String folded = fold(line);
    for (Rule r : SIGNALS) {
      if (r.kind == Kind.APPEAL && r.mayMatch(folded) && r.pattern.matcher(line).find()) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code line} heads a list of other articles. */
  static boolean isListMarker(String line) {
    return words(line) <= 7 && !endsSentence(line) && LIST_MARKER.matcher(line).matches();
  }

  /** The outlet a prompt names ("notifications from The Daily Planet"), if any. */
  static Optional<String> publisherIn(String line) {
    Matcher m = FROM_OUTLET.matcher(line);
    while (m.find()) {
      String name = m.group(1);
      if (!name.equals("The") && !name.equals("the")) {
        return Optional.of(name.startsWith("the ") ? "The" + name.substring(3) : name);
      }
    }
    return Optional.empty();
  }

  /** How many words {@code line} has: runs of characters between spaces, tabs and line breaks. */
  static int words(String line) {
    String t = line.strip();
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < t.length(); i++) {
      boolean space = isSpace(t.charAt(i));
      words += !space && !inWord ? 1 : 0;
      inWord = !space;
    }
    return words;
  }

  /** Whether a pattern's {@code \\s} matches {@code c}: space, tab, line feed, VT, FF, return. */
  static boolean isSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  static boolean endsSentence(String line) {
    return SENTENCE_END.matcher(line).matches();
  }

  /**
   * {@code line} in the case the rules' cues are written in, character by character as a
   * case-insensitive Unicode pattern compares them: "İ" and "ı" become "i" and the Kelvin sign
   * becomes "k", so every line a rule matches contains one of its cues.
   */
  static String fold(String line) {
    char[] folded = new char[line.length()];
    for (int i = 0; i < folded.length; i++) {
      folded[i] = Character.toLowerCase(Character.toUpperCase(line.charAt(i)));
    }
    return new String(folded);
  }

  private static Rule rule(Kind kind, String regex, String... cues) {
    for (String cue : cues) {
      // A cue in another case would never be found in a folded line, and its rule never run.
      if (!cue.equals(fold(cue))) {
        throw new IllegalArgumentException("cue not in lower case: " + cue);
      }
    }
    return new Rule(kind, Pattern.compile(regex, I), List.of(cues));
  }
}
