package org.newsgraph.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;

/** Content-derived entity keys: {@code person/william-ruto}, {@code country/CL}. */
public final class EntityKeys {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern ORG_WORDS =
      Pattern.compile(
          "\\b(Association|Agency|Press|News|Service|Wire|Media|Network|Group|Times|Post|"
              + "Herald|Telegraph|Reuters|Bureau|Desk|Staff|Correspondents?)\\b");

  /** The key of a named entity of the given type. */
  public static String of(EntityType type, String name) {
    return switch (type) {
      case PERSON -> "person/" + personSlug(name);
      case ORGANIZATION -> "org/" + slug(name);
      case PLACE -> "place/" + slug(name);
      case COUNTRY -> country(name);
    };
  }

  /**
   * A person's key folds spelling variants of the name ({@link NameKeys}), so that "Moammar
   * Qadhafi" and "Muammar Qadhafi" are one node in every article.
   */
  static String personSlug(String name) {
    String folded = NameKeys.fold(name);
    return folded.isEmpty() ? slug(name) : folded;
  }

  public static String country(String iso2) {
    return "country/" + iso2.toUpperCase(Locale.ROOT);
  }

  /**
   * The type of an article's byline: agencies and desks are organisations, anything else is taken
   * to be a person.
   */
  public static EntityType bylineType(String byline) {
    return ORG_WORDS.matcher(byline).find() ? EntityType.ORGANIZATION : EntityType.PERSON;
  }

  /** Lower-case ASCII words joined by hyphens: "Jean-Luc Mélenchon" → "jean-luc-melenchon". */
  public static String slug(String name) {
    String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    String s = NON_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
    s = s.replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : s;
  }

  private EntityKeys() {}
}
