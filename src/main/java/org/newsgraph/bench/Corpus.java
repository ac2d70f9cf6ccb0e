package org.newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.ingest.Articles;
import org.newsgraph.model.RawArticle;

/**
 * {@code n} distinct articles made from template texts, generated one at a time so the corpus is
 * never held in memory. Article {@code i} is template {@code i mod t} with every number raised by
 * {@code i / t} and its paragraphs after the first three rotated, so no two are identical while
 * lengths stay those of the templates.
 */
public final class Corpus implements Iterable<RawArticle> {

  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final int FIXED_PARAGRAPHS = 3;

  private final List<String> templates;
  private final int size;

  private Corpus(List<String> templates, int size) {
    if (templates.isEmpty()) {
      throw new IllegalArgumentException("no template articles (.txt) found");
    }
    this.templates = List.copyOf(templates);
    this.size = size;
  }

  /** A corpus of {@code size} articles from the .txt files under {@code folders}. */
  public static Corpus from(List<Path> folders, int size) {
    List<String> texts = new ArrayList<>();
    for (Path folder : folders) {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          texts.add(Files.readString(f));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read templates in " + folder, e);
      }
    }
    return new Corpus(texts, size);
  }

  public int size() {
    return size;
  }

  /** Article {@code i}. */
  public RawArticle get(int i) {
    int t = templates.size();
    String text = vary(templates.get(i % t), i / t);
    return Articles.of("bench-" + i + ".txt", RawArticle.Format.TEXT, text);
  }

  static String vary(String template, int round) {
    String[] paragraphs = template.split("\n\n");
    List<String> tail =
        new ArrayList<>(
            List.of(paragraphs)
                .subList(Math.min(FIXED_PARAGRAPHS, paragraphs.length), paragraphs.length));
    if (!tail.isEmpty()) {
      Collections.rotate(tail, round % tail.size());
    }
    List<String> all =
        new ArrayList<>(
            List.of(paragraphs).subList(0, Math.min(FIXED_PARAGRAPHS, paragraphs.length)));
    all.addAll(tail);
    String joined = String.join("\n\n", all);
    if (round == 0) {
      return joined;
    }
    Matcher m = NUMBER.matcher(joined);
    StringBuilder out = new StringBuilder(joined.length() + 16);
    while (m.find()) {
      String digits = m.group();
      String raised = digits.length() > 9 ? digits : Long.toString(Long.parseLong(digits) + round);
      m.appendReplacement(out, raised);
    }
    m.appendTail(out);
    return out.toString();
  }

  @Override
  public Iterator<RawArticle> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      public RawArticle next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return get(next++);
      }
    };
  }
}
