package org.newsgraph.clean;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photo credits at the end of captions: "(AP)", "(Name/AGENCY/AP)", "... Picture: PA". A credit
 * names who took or sold a picture, not who is in the story, so it is cut from the caption before
 * any fact can be read from it.
 */
final class Credits {

  /** News and photo agencies whose bare name is a credit. */
  static final String AGENCY =
      "(?:AP|AFP|Reuters|PA|PA Wire|PA Media|EPA|EPA-EFE|Getty|Getty Images|AAP|dpa|Xinhua|"
          + "Shutterstock|Alamy|Bloomberg|ANP|TASS|Sputnik|Kyodo|Yonhap|UPI|NurPhoto|Anadolu|"
          + "Anadolu Agency|Pool|Handout|Supplied)";

  private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern TRAILING_PARENS = Pattern.compile("\\s*\\(([^()]{1,120})\\)$");

  private static final Pattern AGENCY_ONLY = Pattern.compile("(?:via\\s+)?" + AGENCY, I);

  private static final Pattern CREDIT_WORD =
      Pattern.compile("\\b(?:photo|photograph|pool|images|handout|courtesy|via|credit)\\b", I);

  private static final Pattern FEW_NAMES =
      Pattern.compile("\\p{Lu}[\\p{L}.&'’-]*(?: \\p{Lu}[\\p{L}.&'’-]*){0,2}");

  private static final Pattern TRAILING_LABEL =
      Pattern.compile(
          "[\\s.,;:–-]*\\b(?:images?|pictures?|photos?|photographs?|credits?|footage)\\s*:"
              + "\\s*[^.:]{1,60}$",
          I);

  private Credits() {}

  /**
   * Where a trailing photo credit starts in {@code line}, punctuation before it included; empty
   * when the line does not end with one.
   */
  static OptionalInt start(String line) {
    // A labelled credit has a colon; most lines have none, so the slow label pattern is skipped.
    Matcher label = TRAILING_LABEL.matcher(line);
    if (line.indexOf(':') >= 0 && label.find() && label.start() > 0) {
      return OptionalInt.of(label.start());
    }
    Matcher parens = TRAILING_PARENS.matcher(line);
    if (parens.find() && parens.start() > 0 && isCredit(parens.group(1).strip())) {
      return OptionalInt.of(parens.start());
    }
    return OptionalInt.empty();
  }

  private static boolean isCredit(String inner) {
    return inner.contains("/")
        || AGENCY_ONLY.matcher(inner).matches()
        || CREDIT_WORD.matcher(inner).find()
        || FEW_NAMES.matcher(inner).matches() && !inner.equals(inner.toUpperCase());
  }
}
