package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.model.Document;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Role;

/** Compact one-line renderings of quotes and roles for assertions. */
final class Rendering {

  private Rendering() {}

  /** {@code "Jane Doe: the quoted words"}; the speaker as written when there is no mention. */
  static List<String> quotes(Document doc) {
    return doc.quotes().stream().map(q -> quote(doc, q)).toList();
  }

  static String quote(Document doc, Quote q) {
    String speaker = q.speaker().flatMap(doc::mentionAt).map(Mention::text).orElse(q.speakerText());
    return (q.partial() ? "(partial) " : "") + speaker + ": " + q.text();
  }

  /** {@code "Jane Doe | Interior Minister | Georgia"}. */
  static List<String> roles(Document doc) {
    return doc.roles().stream().map(r -> role(doc, r)).toList();
  }

  static String role(Document doc, Role r) {
    return doc.textOf(r.person()) + " | " + r.title() + " | " + r.ofText();
  }
}
