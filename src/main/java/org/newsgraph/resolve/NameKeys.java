package org.newsgraph.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Spelling-insensitive keys for personal names, so that transliterations of one name meet:
 * Nazarbayev / Nazarbaev, Dzhokhar / Djokhar, Zelenskyy / Zelenskiy. The rules fold the usual
 * differences between English, German and scholarly romanisations of Cyrillic, Turkic and Arabic
 * names (q/k, zh/dzh/dsch/j, y/i, doubled letters) and nothing else, so distinct names stay apart.
 */
public final class NameKeys {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_LETTER = Pattern.compile("[^a-z]+");
  private static final Pattern DOUBLED = Pattern.compile("([a-z])\\1+");

  /**
   * A glide i between vowels ("Nazarbaiev" from Nazarbayev) is a spelling, not a sound of its own.
   */
  private static final Pattern GLIDE = Pattern.compile("(?<=[aeou])i(?=[aeou])");

  /** The romanisation-folded form of one word or a whole name, words joined by '-'. */
  public static String fold(String name) {
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    s = s.toLowerCase(Locale.ROOT).replace('’', '\'');
    StringBuilder out = new StringBuilder();
    for (String word : s.split("[\\s-]+")) {
      String w = NON_LETTER.matcher(word).replaceAll("");
      if (w.isEmpty()) {
        continue;
      }
      w =
          w.replace("dsch", "j")
              .replace("dzh", "j")
              .replace("tsch", "ch")
              .replace("zh", "j")
              .replace("dj", "j")
              .replace("sch", "sh")
              .replace("ph", "f")
              .replace("ck", "k")
              .replace('q', 'k')
              .replace('y', 'i')
              .replace('w', 'v');
      w = DOUBLED.matcher(w).replaceAll("$1");
      w = GLIDE.matcher(w).replaceAll("");
      if (out.length() > 0) {
        out.append('-');
      }
      out.append(w);
    }
    return out.toString();
  }

  /** The folded last word of a name: what a surname-only mention is compared by. */
  public static String foldedSurname(String name) {
    String f = fold(name);
    int dash = f.lastIndexOf('-');
    return dash < 0 ? f : f.substring(dash + 1);
  }

  private NameKeys() {}
}
