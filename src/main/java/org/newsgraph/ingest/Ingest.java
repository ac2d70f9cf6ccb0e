package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.model.RawArticle;

/**
 * Reads articles from files and folders into an {@link IngestSink}.
 *
 * <pre>{@code
 * Ingest.read(List.of(Path.of("articles/")), sink);
 * }</pre>
 *
 * <p>By extension: {@code .txt} is plain text, {@code .html}/{@code .htm} is HTML, {@code .jsonl}
 * holds one JSON record per line and {@code .json} one record, an array of records, or JSON Lines.
 * Folders are read recursively in sorted order so runs are repeatable; hidden files and folders and
 * files of other types inside them are skipped silently. A path named explicitly is rejected when
 * it does not exist or has another extension.
 *
 * <p>Nothing thrown by bad input leaves {@link #read}: empty, binary, oversized, unreadable or
 * malformed inputs each produce one {@link IngestSink#reject} call and reading goes on.
 */
public final class Ingest {

  /** Files larger than this are rejected unread. */
  public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

  private static final long MB = 1024 * 1024;

  private enum Type {
    TEXT,
    HTML,
    JSON_LINES,
    JSON
  }

  private Ingest() {}

  /** Reads every article in {@code paths} (files or folders) into {@code sink}, in order. */
  public static void read(List<Path> paths, IngestSink sink) {
    for (Path path : paths) {
      if (!Files.exists(path)) {
        sink.reject(path.toString(), "does not exist");
      } else if (Files.isDirectory(path)) {
        for (Path file : list(path, sink)) {
          readFile(file, typeOf(file).orElseThrow(), sink);
        }
      } else {
        Optional<Type> type = typeOf(path);
        if (type.isPresent()) {
          readFile(path, type.get(), sink);
        } else {
          sink.reject(
              path.toString(),
              "unsupported file type (expected .txt, .html, .htm," + " .jsonl or .json)");
        }
      }
    }
  }

  /**
   * The article files {@link #read} would read in {@code folder}, in the order it would read them;
   * what cannot be listed goes to {@code sink}.
   */
  public static List<Path> list(Path folder, IngestSink sink) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(folder) && isHidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && !isHidden(file) && typeOf(file).isPresent()) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              sink.reject(file.toString(), "cannot read: " + describe(e));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      sink.reject(folder.toString(), "cannot list folder: " + describe(e));
    }
    files.sort(null);
    return files;
  }

  private static void readFile(Path file, Type type, IngestSink sink) {
    String input = file.toString();
    String name = file.getFileName().toString();
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw new Rejected(
            "too large (" + (size + MB - 1) / MB + " MB > " + MAX_FILE_BYTES / MB + " MB limit)");
      }
      String text = Decoder.decode(Files.readAllBytes(file));
      if (text.isBlank()) {
        throw new Rejected("empty");
      }
      switch (type) {
        case TEXT -> sink.accept(Articles.of(name, RawArticle.Format.TEXT, text));
        case HTML -> sink.accept(Articles.of(name, RawArticle.Format.HTML, text));
        case JSON_LINES -> new JsonRecords(name, input, sink).readLines(text);
        case JSON -> new JsonRecords(name, input, sink).readDocument(text);
      }
    } catch (Rejected e) {
      sink.reject(input, e.getMessage());
    } catch (IOException e) {
      sink.reject(input, "cannot read: " + describe(e));
    }
  }

  private static Optional<Type> typeOf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      return Optional.of(Type.TEXT);
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Optional.of(Type.HTML);
    }
    if (name.endsWith(".jsonl")) {
      return Optional.of(Type.JSON_LINES);
    }
    if (name.endsWith(".json")) {
      return Optional.of(Type.JSON);
    }
    return Optional.empty();
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** An exception as one line: its class when it has no message (e.g. AccessDeniedException). */
  private static String describe(IOException e) {
    String msg = e.getMessage();
    String kind = e.getClass().getSimpleName().replace("Exception", "");
    return msg == null ? kind : kind + ": " + msg.strip().split("\r?\n", 2)[0];
  }
}
