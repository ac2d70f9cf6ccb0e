package org.newsgraph.annotate;

import java.util.List;
import org.newsgraph.model.Token;

/**
 * Token texts as the statistical models expect them: their training data uses ASCII quotes and
 * apostrophes, so typographic ones are mapped to those. Offsets are unaffected since only the
 * strings passed to the models change.
 */
final class ModelText {

  private ModelText() {}

  static String[] of(List<Token> tokens) {
    String[] out = new String[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = normalize(tokens.get(i).text());
    }
    return out;
  }

  static String normalize(String token) {
    return token
        .replace('“', '"')
        .replace('”', '"')
        .replace('„', '"')
        .replace('«', '"')
        .replace('»', '"')
        .replace('‘', '\'')
        .replace('’', '\'');
  }
}
