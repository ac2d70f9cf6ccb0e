package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.BlockKind;

/**
 * Decides, line by line, what a page's text is: furniture to drop, headline, byline, date line,
 * caption or body; and reads the title, date, author and outlet that the lines reveal.
 */
final class Layout {

  /** A kept line and what it is. */
  record Part(Line line, BlockKind kind) {}

  /** What the lines say about the article; each value is empty when the text does not say. */
  record Result(
      List<Part> parts,
      Optional<String> title,
      Optional<String> published,
      Optional<String> author,
      Optional<String> publisher) {}

  private enum Role {
    DROP,
    CREDIT,
    DATE,
    AUTHOR,
    BYLINE,
    HEADLINE,
    CAPTION,
    BODY
  }

  /** How many paragraphs after "Your support ..." may still belong to the appeal. */
  private static final int APPEAL_SPAN = 6;

  /** The furthest down the page (in content lines) a bare author name is looked for. */
  private static final int BYLINE_ZONE = 6;

  /** Body lines needed before a "More stories" heading can end the article. */
  private static final int MIN_BODY_BEFORE_LIST = 3;

  private static final int MAX_HEADLINE_WORDS = 30;
  private static final int MAX_HEADLINE_CHARS = 250;
  private static final int MAX_PICTURE_TAG_WORDS = 8;

  /** Longer text above a credit line is a paragraph the credit merely follows. */
  private static final int MAX_CAPTION_WORDS = 40;

  private static final Pattern IMAGE_PHRASE =
      Pattern.compile(
          "^(?:(?:this|the|a|an|in this|in a)\\s+)?(?:[\\p{L}-]+\\s+){0,2}"
              + "(?:image|photo|photograph|picture|handout photo|video grab|screengrab|screenshot"
              + "|file photo)s?\\s+(?:provided|taken|released|made available|obtained|shows|showing"
              + "|shared|posted|distributed|supplied)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE_LINE_LEFTOVER = Pattern.compile("[\\s|,;·•–—-]*");
  private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s.,;:!?]+$");
  private static final Pattern SENTENCE_END = Pattern.compile("\\.[\"'”’)\\]]*$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Line[] lines;
  private final Role[] roles;
  private Optional<String> publisher = Optional.empty();

  private Layout(List<Line> lines) {
    this.lines = lines.toArray(new Line[0]);
    this.roles = new Role[this.lines.length];
  }

  /**
   * Lays out {@code input}; a {@code knownTitle} from the source marks the headline line instead of
   * the first-short-line rule.
   */
  static Result of(List<Line> input, Optional<String> knownTitle) {
    Layout l = new Layout(splitDatePrefixes(input));
    int end = l.dropFurniture();
    l.cutCredits(end);
    l.dropRepeats(end);
    Optional<String> title = l.markHeadline(end, knownTitle);
    l.markCaptions(end);
    Optional<String> author = l.markBareAuthor(end);
    List<Part> parts = new ArrayList<>();
    Optional<String> published = Optional.empty();
    for (int i = 0; i < end; i++) {
      Role r = l.roles[i];
      String s = l.lines[i].text();
      if (r == Role.DATE && published.isEmpty()) {
        published = Optional.of(Dates.findAll(s).get(0).iso());
      }
      if (r == Role.AUTHOR && author.isEmpty()) {
        author = Bylines.byAuthor(s).or(() -> Optional.of(s));
      }
      if (r != Role.DROP && r != Role.CREDIT) {
        parts.add(new Part(l.lines[i], kindOf(r)));
      }
    }
    return new Result(parts, title, published, author, l.publisher);
  }

  /** "date 2022-09-27 For free news alerts..." becomes a date line and the rest of the line. */
  private static List<Line> splitDatePrefixes(List<Line> input) {
    List<Line> out = new ArrayList<>(input.size());
    for (Line line : input) {
      List<Dates.Found> found = Dates.findAll(line.text());
      if (!found.isEmpty()) {
        Dates.Found f = found.get(0);
        if (f.begin() == 0 && f.labelled() && f.end() < line.length()) {
          out.add(line.sub(0, f.end()));
          out.add(line.sub(f.end(), line.length()));
          continue;
        }
      }
      out.add(line);
    }
    return out;
  }

  /** Marks furniture, date and byline lines; returns where the article ends. */
  private int dropFurniture() {
    int body = 0;
    for (int i = 0; i < lines.length; i++) {
      String s = lines[i].text();
      if (body >= MIN_BODY_BEFORE_LIST && Boilerplate.isListMarker(s)) {
        return i;
      }
      if (Boilerplate.startsAppeal(s)) {
        int last = i;
        for (int j = i + 1; j < Math.min(lines.length, i + 1 + APPEAL_SPAN); j++) {
          if (Boilerplate.isAppealLine(lines[j].text())) {
            last = j;
          }
        }
        for (int j = i; j <= last; j++) {
          roles[j] = Role.DROP;
          notePublisher(lines[j].text());
        }
        i = last;
        continue;
      }
      Optional<Boilerplate.Kind> kind = Boilerplate.classify(s);
      if (kind.isPresent()) {
        roles[i] = kind.get() == Boilerplate.Kind.CREDIT ? Role.CREDIT : Role.DROP;
        if (kind.get().namesPublisher) {
          notePublisher(s);
        }
      } else if (isDateLine(s)) {
        roles[i] = Role.DATE;
      } else if (Bylines.byAuthor(s).isPresent()) {
        roles[i] = Role.AUTHOR;
      } else if (Bylines.isCreditLine(s)) {
        roles[i] = Role.BYLINE;
      } else {
        roles[i] = Role.BODY;
        body++;
      }
    }
    return lines.length;
  }

  /** Captions that end with a credit lose the credit and become captions. */
  private void cutCredits(int end) {
    for (int i = 0; i < end; i++) {
      if (roles[i] != Role.BODY) {
        continue;
      }
      OptionalInt credit = Credits.start(lines[i].text());
      if (credit.isPresent()) {
        lines[i] = lines[i].sub(0, credit.getAsInt());
        roles[i] = lines[i].isEmpty() ? Role.CREDIT : Role.CAPTION;
      }
    }
  }

  /** Pages often print a caption twice, once plain and once with its credit: keep one. */
  private void dropRepeats(int end) {
    boolean bodyBefore = false;
    for (int i = 0; i + 1 < end; i++) {
      Role r = roles[i];
      Role next = roles[i + 1];
      boolean textual = r == Role.BODY || r == Role.CAPTION;
      if (textual
          && (next == Role.BODY || next == Role.CAPTION)
          && same(lines[i].text(), lines[i + 1].text())) {
        roles[i] = Role.DROP;
        if (bodyBefore && next == Role.BODY) {
          roles[i + 1] = Role.CAPTION;
        }
      }
      bodyBefore |= roles[i] == Role.BODY;
    }
  }

  private Optional<String> markHeadline(int end, Optional<String> knownTitle) {
    int seen = 0;
    for (int i = 0; i < end && seen < BYLINE_ZONE; i++) {
      if (roles[i] != Role.BODY) {
        continue;
      }
      String s = lines[i].text();
      if (knownTitle.isPresent()) {
        if (same(s, knownTitle.get())) {
          roles[i] = Role.HEADLINE;
          break;
        }
      } else {
        if (Boilerplate.words(s) <= MAX_HEADLINE_WORDS
            && s.length() <= MAX_HEADLINE_CHARS
            && !SENTENCE_END.matcher(s).find()) {
          roles[i] = Role.HEADLINE;
          return Optional.of(s);
        }
        break;
      }
      seen++;
    }
    return Optional.empty();
  }

  private void markCaptions(int end) {
    for (int i = 0; i < end; i++) {
      String s = lines[i].text();
      boolean aboveCredit =
          i + 1 < end && roles[i + 1] == Role.CREDIT && Boilerplate.words(s) <= MAX_CAPTION_WORDS;
      if (roles[i] == Role.BODY && (aboveCredit || IMAGE_PHRASE.matcher(s).find())) {
        roles[i] = Role.CAPTION;
      }
    }
    // A short untitled line just above a caption is the picture's tag line ("Summit talks").
    for (int i = end - 2; i >= 0; i--) {
      String s = lines[i].text();
      int next = i + 1;
      while (next < end && roles[next] == Role.DROP) {
        next++;
      }
      if (roles[i] == Role.BODY
          && next < end
          && roles[next] == Role.CAPTION
          && Boilerplate.words(s) <= MAX_PICTURE_TAG_WORDS
          && !Boilerplate.endsSentence(s)) {
        roles[i] = Role.CAPTION;
      }
    }
  }

  /** A bare name next to the date line near the top is the author: "Jane Doe / 27 May 2024". */
  private Optional<String> markBareAuthor(int end) {
    int content = 0;
    for (int i = 0; i < end && content <= BYLINE_ZONE; i++) {
      if (roles[i] == Role.AUTHOR) {
        return Optional.empty();
      }
      if (roles[i] != Role.BODY) {
        content += roles[i] == Role.HEADLINE ? 1 : 0;
        continue;
      }
      content++;
      boolean nextToDate =
          i > 0 && roles[i - 1] == Role.DATE || i + 1 < end && roles[i + 1] == Role.DATE;
      if (nextToDate && Bylines.isBareName(lines[i].text())) {
        roles[i] = Role.AUTHOR;
        return Optional.of(lines[i].text());
      }
    }
    return Optional.empty();
  }

  private void notePublisher(String line) {
    if (publisher.isEmpty()) {
      publisher = Boilerplate.publisherIn(line);
    }
  }

  private static boolean isDateLine(String s) {
    List<Dates.Found> found = Dates.findAll(s);
    if (found.isEmpty()) {
      return false;
    }
    StringBuilder rest = new StringBuilder();
    int at = 0;
    for (Dates.Found f : found) {
      rest.append(s, at, f.begin());
      at = f.end();
    }
    rest.append(s, at, s.length());
    return DATE_LINE_LEFTOVER.matcher(rest).matches();
  }

  /** Whether two lines say the same, whatever their case, spacing and final punctuation. */
  private static boolean same(String a, String b) {
    return comparable(a).equals(comparable(b));
  }

  private static String comparable(String line) {
    String s = withoutTrailingPunct(line).toLowerCase(Locale.ROOT);
    // Cleaned lines have single spaces only, so most need no collapsing.
    return singleSpaced(s) ? s : SPACES.matcher(s).replaceAll(" ");
  }

  /** Whether every run of {@link #SPACES} in {@code s} is one plain space already. */
  private static boolean singleSpaced(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean spaceNext = i + 1 < s.length() && Boilerplate.isSpace(s.charAt(i + 1));
      if (Boilerplate.isSpace(c) && (c != ' ' || spaceNext)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code line} without {@link #TRAILING_PUNCT}. The pattern runs on the line's tail of
   * punctuation, spaces and line breaks only: trying it at every position of a paragraph is slow.
   */
  private static String withoutTrailingPunct(String line) {
    int tail = line.length();
    while (tail > 0 && isTail(line.charAt(tail - 1))) {
      tail--;
    }
    Matcher m = TRAILING_PUNCT.matcher(line).region(tail, line.length());
    return m.find() ? line.substring(0, m.start()) + line.substring(m.end()) : line;
  }

  /** What the pattern matches, and the line breaks before which its {@code $} also matches. */
  private static boolean isTail(char c) {
    return Boilerplate.isSpace(c)
        || ".,;:!?".indexOf(c) >= 0
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029';
  }

  private static BlockKind kindOf(Role r) {
    return switch (r) {
      case HEADLINE -> BlockKind.HEADLINE;
      case CAPTION -> BlockKind.CAPTION;
      case BODY -> BlockKind.BODY;
      default -> BlockKind.BYLINE;
    };
  }
}
