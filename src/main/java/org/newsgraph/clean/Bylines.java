package org.newsgraph.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Byline lines: "By Jane Doe", "By Associated Press", "With reporting by ...", bare names. */
final class Bylines {

  private static final String PARTICLE = "(?:de|da|di|du|dos|van|von|der|den|al|el|bin|ibn|la|le)";
  private static final String WORD = "\\p{Lu}[\\p{L}'’.-]*";
  private static final String NAME = WORD + "(?: (?:" + WORD + "|" + PARTICLE + "))*";

  private static final Pattern BY =
      Pattern.compile(
          "^(?:By|BY|Written by|Words by|Report by)\\s+(?<name>"
              + NAME
              + "(?:(?: and|,| &) "
              + NAME
              + ")*?)(?:\\s*(?:[,|–—]|\\s-|\\bin\\b|\\bfor\\b)\\s*.{0,60})?$");

  private static final Pattern CREDIT_LINE =
      Pattern.compile(
          "^(?:with |additional )*(?:additional )?(?:reporting|editing|writing|research) by\\b.*"
              + "|^(?:edited|compiled|produced|translated) by\\b.*",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern NAME_ONLY =
      Pattern.compile("^" + WORD + "(?: (?:" + WORD + "|" + PARTICLE + ")){1,3}$");

  private static final Pattern CALENDAR_WORD =
      Pattern.compile(
          "^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
              + "Today|Yesterday|Tomorrow|Then|This|That|The|Now|Next|Last)\\b.*");

  private Bylines() {}

  /** The author named by a "By ..." line, empty when {@code line} is not one. */
  static Optional<String> byAuthor(String line) {
    if (Boilerplate.words(line) > 12 || line.endsWith(".") && !line.endsWith(" Jr.")) {
      return Optional.empty();
    }
    Matcher m = BY.matcher(line);
    if (!m.matches() || CALENDAR_WORD.matcher(m.group("name")).matches()) {
      return Optional.empty();
    }
    return Optional.of(m.group("name"));
  }

  /** Whether {@code line} credits the reporting or editing rather than naming the author. */
  static boolean isCreditLine(String line) {
    return Boilerplate.words(line) <= 20 && CREDIT_LINE.matcher(line).matches();
  }

  /** Whether {@code line} could be nothing but a person's name. */
  static boolean isBareName(String line) {
    return NAME_ONLY.matcher(line).matches() && !CALENDAR_WORD.matcher(line).matches();
  }
}
