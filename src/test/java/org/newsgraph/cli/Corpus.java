package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Generates small, distinct news articles from a seed: names, places and numbers vary, paragraphs
 * are shuffled. Enough for load and fault tests without committing a corpus.
 */
final class Corpus {

  private static final String[] FIRST = {
    "Maria", "John", "Aigerim", "Pedro", "Fatima", "Olga", "Daniel", "Amina", "Lars", "Mei"
  };
  private static final String[] LAST = {
    "Santos",
    "Whitfield",
    "Nurlanova",
    "Alvarez",
    "Haddad",
    "Petrova",
    "Okafor",
    "Berg",
    "Lindqvist",
    "Chen",
    "Moreau",
    "Tanaka"
  };
  private static final String[] CITIES = {
    "Leeds", "Lyon", "Almaty", "Porto", "Tunis", "Kazan", "Lagos", "Bergen", "Osaka", "Quito"
  };
  private static final String[] MONTHS = {"March", "April", "May", "June", "July", "October"};

  private Corpus() {}

  /** Writes {@code count} articles {@code 000.txt}, {@code 001.txt}, ... into {@code dir}. */
  static List<Path> write(Path dir, int count, long seed) throws IOException {
    Files.createDirectories(dir);
    Random r = new Random(seed);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Path f = dir.resolve(String.format("%03d.txt", i));
      Files.writeString(f, article(r, i));
      files.add(f);
    }
    return files;
  }

  /** One article; {@code n} makes it distinct from every other of the same corpus. */
  static String article(Random r, int n) {
    String city = pick(r, CITIES);
    String leader = pick(r, FIRST) + " " + pick(r, LAST);
    String critic = pick(r, FIRST) + " " + pick(r, LAST);
    String leaderSurname = leader.substring(leader.indexOf(' ') + 1);
    int homes = 100 + n * 7 + r.nextInt(50);
    List<String> body = new ArrayList<>();
    body.add(
        city
            + " council leader "
            + leader
            + " said on Monday that "
            + homes
            + " new homes would be built by "
            + (2025 + r.nextInt(5))
            + ".");
    body.add(
        "\u201cWe will not wait any longer,\u201d "
            + leaderSurname
            + " told reporters in "
            + city
            + ". The plan costs about "
            + (2 + r.nextInt(90))
            + " million euros.");
    body.add(
        "Opposition spokeswoman "
            + critic
            + " said the figures were wrong and that only "
            + (homes / 2)
            + " homes had been promised last year.");
    body.add(
        "The council approved the plan by "
            + (20 + r.nextInt(20))
            + " votes to "
            + (r.nextInt(15))
            + " after a debate of "
            + (2 + r.nextInt(6))
            + " hours.");
    Collections.shuffle(body, r);
    return city
        + " approves housing plan number "
        + n
        + "\n\n"
        + (1 + r.nextInt(28))
        + " "
        + pick(r, MONTHS)
        + " 2023\n\n"
        + String.join("\n\n", body)
        + "\n";
  }

  private static String pick(Random r, String[] from) {
    return from[r.nextInt(from.length)];
  }
}
