package org.newsgraph.ingest;

import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newsgraph.clean.Dates;
import org.newsgraph.model.RawArticle;

/**
 * Articles from JSON: one object per line (JSON Lines), or a single object, or an array of objects.
 * Fields: {@code url}, {@code title}, {@code date}, {@code publisher}, {@code author} (optional
 * strings) and {@code text} or {@code html} (one required; {@code text} wins when both are given,
 * because its offsets can be traced).
 */
final class JsonRecords {

  private static final String[] OPTIONAL_FIELDS = {"url", "title", "date", "publisher", "author"};

  private final String name;
  private final String display;
  private final IngestSink sink;

  /**
   * @param name the file name, used as the source of records without a URL
   * @param display how rejections name the file
   */
  JsonRecords(String name, String display, IngestSink sink) {
    this.name = name;
    this.display = display;
    this.sink = sink;
  }

  /** Reads JSON Lines: each bad line is rejected on its own and the rest still read. */
  void readLines(String text) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String input = display + ":line " + (i + 1);
      try {
        JsonValue v = parseOne(line);
        if (!v.isObject()) {
          throw new Rejected("not a JSON object");
        }
        sink.accept(record(v.getAsObject(), name + ":" + (i + 1)));
      } catch (Rejected e) {
        sink.reject(input, e.getMessage());
      }
    }
  }

  /** Reads a {@code .json} file: an object, an array of objects, or JSON Lines after all. */
  void readDocument(String text) {
    JsonValue doc;
    try {
      doc = parseOne(text);
    } catch (Rejected whole) {
      String first = text.strip().split("\r\n|\r|\n", 2)[0];
      if (isObject(first)) {
        readLines(text);
      } else {
        sink.reject(display, whole.getMessage());
      }
      return;
    }
    if (doc.isObject()) {
      accept(doc.getAsObject(), display, name);
    } else if (doc.isArray()) {
      JsonArray items = doc.getAsArray();
      for (int i = 0; i < items.size(); i++) {
        String input = display + ":item " + (i + 1);
        if (items.get(i).isObject()) {
          accept(items.get(i).getAsObject(), input, name + ":item " + (i + 1));
        } else {
          sink.reject(input, "not a JSON object");
        }
      }
    } else {
      sink.reject(display, "not a JSON object or array");
    }
  }

  private void accept(JsonObject obj, String input, String fallbackSource) {
    try {
      sink.accept(record(obj, fallbackSource));
    } catch (Rejected e) {
      sink.reject(input, e.getMessage());
    }
  }

  private static boolean isObject(String line) {
    try {
      return parseOne(line).isObject();
    } catch (Rejected e) {
      return false;
    }
  }

  /**
   * Parses exactly one JSON value. The value is wrapped in an array because Jena's parser stops
   * after the first value and would silently accept trailing junk.
   */
  private static JsonValue parseOne(String text) throws Rejected {
    JsonValue wrapped;
    try {
      wrapped = JSON.parseAny("[" + text + "\n]");
    } catch (JsonException e) {
      String msg = e.getMessage() == null ? "syntax error" : e.getMessage().strip();
      throw new Rejected("invalid JSON: " + msg.split("\r?\n", 2)[0]);
    }
    JsonArray a = wrapped.getAsArray();
    if (a.size() != 1) {
      throw new Rejected("invalid JSON: expected one value, found " + a.size());
    }
    return a.get(0);
  }

  private static RawArticle record(JsonObject obj, String fallbackSource) throws Rejected {
    for (String field : OPTIONAL_FIELDS) {
      string(obj, field);
    }
    Optional<String> text = string(obj, "text");
    Optional<String> html = string(obj, "html");
    if (text.isEmpty() && html.isEmpty()) {
      throw new Rejected("missing field 'text' or 'html'");
    }
    RawArticle.Format format = text.isPresent() ? RawArticle.Format.TEXT : RawArticle.Format.HTML;
    Optional<String> url = string(obj, "url");
    Optional<String> date = string(obj, "date").map(d -> Dates.parse(d).orElse(d));
    return Articles.of(
        url.orElse(fallbackSource),
        format,
        text.or(() -> html).orElseThrow(),
        url,
        string(obj, "title"),
        date,
        string(obj, "publisher"),
        string(obj, "author"));
  }

  /** A string field: empty when absent, null or blank; refused when of another type. */
  private static Optional<String> string(JsonObject obj, String field) throws Rejected {
    JsonValue v = obj.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isString()) {
      throw new Rejected("field '" + field + "' must be a string");
    }
    String s = v.getAsString().value().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
