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

  private record Rule(Kind kind, Pattern pattern) {}

  private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** A short line with one signal is furniture; so is a longer one dense with signals. */
  private static final int MAX_WORDS_ONE_SIGNAL = 15;

  /**
   * A body paragraph may mention a donation or a newsletter in passing; furniture is made of such
   * phrases. Lines with at most this many words per signal count as furniture.
   */
  private static final int WORDS_PER_SIGNAL = 20;

  /** Phrases of prompts and appeals; each occurrence counts as one signal. */
  private static final List<Rule> SIGNALS =
      List.of(
          rule(Kind.NEWSLETTER, "\\bnewsletters?\\b"),
          rule(Kind.NEWSLETTER, "\\bsign(?:ing)?[ -]?up\\b.{0,60}\\b(?:e-?mails?|alerts|inbox)\\b"),
          rule(Kind.NEWSLETTER, "\\b(?:e-?mails?|alerts)\\b.{0,40}\\bsign(?:ing)?[ -]?up\\b"),
          rule(Kind.NEWSLETTER, "\\bstraight to your inbox\\b|\\bto your inbox\\b"),
          rule(Kind.NEWSLETTER, "\\b(?:enter )?a valid e-?mail(?: address)?\\b"),
          rule(Kind.NEWSLETTER, "\\bthanks? (?:you )?for (?:signing up|subscribing)\\b"),
          rule(Kind.NEWSLETTER, "\\b(?:be )?e-?mailed about\\b"),
          rule(Kind.NEWSLETTER, "\\bprivacy (?:notice|policy|statement)\\b"),
          rule(Kind.NEWSLETTER, "\\bunsubscribe\\b|\\bsubscribe (?:now|today|here|to our)\\b"),
          rule(Kind.NEWSLETTER, "^sign up$|\\bsign up (?:now|here|today|for free|for our)\\b"),
          rule(
              Kind.NOTIFICATIONS,
              "\\b(?:push |browser )?notifications?\\b.{0,60}"
                  + "\\b(?:from|browser|preferences|settings|enable|allow|turn on|manage)"),
          rule(Kind.NOTIFICATIONS, "\\b(?:enable|allow|turn on|manage) (?:push )?notifications\\b"),
          rule(Kind.APPEAL, "^(?:your|our readers'?) (?:support|donation|contribution)s?\\b"),
          rule(
              Kind.APPEAL,
              "\\byour (?:donation|contribution|support) (?:allows|helps|makes|means|"
                  + "keeps|enables)\\b"),
          rule(
              Kind.APPEAL,
              "\\b(?:please )?(?:consider )?(?:donate|donating|make a donation|"
                  + "make a contribution)\\b"),
          rule(
              Kind.APPEAL,
              "\\bsupport (?:us|our journalism|independent journalism|"
                  + "quality journalism|our reporting|our work)\\b"),
          rule(
              Kind.APPEAL,
              "\\bpaywalls?\\b|\\breader[- ]funded\\b|\\bbecome a (?:member|"
                  + "subscriber|supporter|patron)\\b|\\balready a (?:subscriber|member)\\b"),
          rule(
              Kind.COMMENTS,
              "^(?:\\d+\\s+)?comments?$|^(?:view|show|read|load|see) (?:all |the )?"
                  + "(?:\\d+ )?comments?$"),
          rule(
              Kind.COMMENTS,
              "\\bjoin (?:our|the) (?:commenting|comments?|conversation|discussion|"
                  + "debate)\\b|\\bcommenting forum\\b|\\bthought-provoking conversations\\b"),
          rule(
              Kind.COMMENTS,
              "\\bfollow other [\\p{L} ]{1,30} readers\\b|\\bcommunity guidelines\\b"
                  + "|\\b(?:leave|post|add|write) a comment\\b"),
          rule(Kind.LOGIN, "\\bthank you for registering\\b"),
          rule(Kind.LOGIN, "\\brefresh (?:the|your|this) (?:page|browser)\\b"),
          rule(Kind.LOGIN, "\\b(?:be )?logged in|\\blog ?in to\\b|\\bsign in to\\b"),
          rule(
              Kind.LOGIN,
              "\\bcreate (?:an|a free|your) account\\b|\\balready have an account\\b"
                  + "|\\bforgot(?:ten)? (?:your )?password\\b|^(?:log ?in|sign in|register)$"),
          rule(
              Kind.SHARING,
              "^(?:share|share this( article| story)?|print|e-?mail|tweet|copy link"
                  + "|advertisement|skip advert|ad|listen to (?:this )?article)$"),
          rule(
              Kind.SHARING,
              "\\bshare (?:this|on) (?:article|story|facebook|twitter|whatsapp)\\b"
                  + "|\\b(?:accept|manage) (?:all )?cookies\\b|\\bdownload (?:our|the) app\\b"
                  + "|\\bclick here\\b"));

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
   * credit names a source in a few words; "Photo: Residents queue for water (AP)" is a caption.
   */
  private static final Pattern CREDIT_LINE =
      Pattern.compile(
          "^(?:(?:images?|pictures?|photos?|photographs?|photo credit|credits?|footage|video|"
              + "illustration|graphic)\\s*:\\s*(?:[^\\s]+\\s*){1,6}"
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

  private Boilerplate() {}

  /** Why {@code line} is furniture, or empty when it may be content. */
  static Optional<Kind> classify(String line) {
    if (REFERRAL.matcher(line).find() || LINK_LABEL.matcher(line).matches()) {
      return Optional.of(Kind.REFERRAL);
    }
    if (CREDIT_LINE.matcher(line).matches()) {
      return Optional.of(Kind.CREDIT);
    }
    Kind first = null;
    int hits = 0;
    for (Rule r : SIGNALS) {
      Matcher m = r.pattern.matcher(line);
      while (m.find()) {
        first = first == null ? r.kind : first;
        hits++;
      }
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
    for (Rule r : SIGNALS) {
      if (r.kind == Kind.APPEAL && r.pattern.matcher(line).find()) {
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

  static int words(String line) {
    String t = line.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  static boolean endsSentence(String line) {
    return line.matches("(?s).*[.!?][\"'”’)\\]]*$");
  }

  private static Rule rule(Kind kind, String regex) {
    return new Rule(kind, Pattern.compile(regex, I));
  }
}
