package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the people listing shows for each person, gathered one article at a time so that it can be
 * stored with the resolution graph and read without joining all article graphs: the name to show,
 * the number of articles naming the person under any of their nodes, and their posts.
 *
 * <p>Nodes merged into one person ({@code canonical}) are listed as that person. A person's name is
 * their preferred name if they have one, else the least name of any of their nodes. Posts are
 * (role, role of) pairs: the role of a post is the name of its organisation or country (one pair
 * per name), else its words as written; bylined authors hold the post "author". A role stated
 * without what it is of is left out when the person holds the same role of something.
 */
public final class PeopleListing {

  /** A post as the listing shows it: the role's label and, if known, whose role it is. */
  public record Post(String role, Optional<String> roleOf) {}

  /** One person of the listing, posts in a stable order. */
  public record Listed(String person, String name, int articles, List<Post> posts) {

    public Listed {
      posts = List.copyOf(posts);
    }
  }

  private record Membership(
      String member, String role, Optional<String> organisation, Optional<String> asWritten) {}

  private static final String AUTHOR = "author";

  private final Map<String, String> canonical;
  private final EntityNames names;
  private final Set<String> withArticles = new HashSet<>();
  private final Map<String, Integer> articles = new HashMap<>();
  private final Map<String, String> lastArticle = new HashMap<>();
  private final Set<String> authors = new HashSet<>();
  private final Set<Membership> memberships = new LinkedHashSet<>();
  private final Map<String, Set<String>> roleLabels = new HashMap<>();

  /**
   * @param canonical merged person node → the node it was merged into
   * @param names every entity's names, filled in by the same reading
   */
  public PeopleListing(Map<String, String> canonical, EntityNames names) {
    this.canonical = Map.copyOf(canonical);
    this.names = names;
  }

  /**
   * Records that {@code article} mentions or is written by the person node {@code person}. Each
   * article's calls must come together, before the next article's: articles are counted when the
   * article changes.
   */
  public void mentioned(String article, String person) {
    withArticles.add(person);
    String p = canonical(person);
    if (!article.equals(lastArticle.put(p, article))) {
      articles.merge(p, 1, Integer::sum);
    }
  }

  /** Records that the person node {@code person} is the byline author of some article. */
  public void author(String person) {
    authors.add(person);
  }

  /**
   * Records that the person node {@code member} holds a post: the role node, and what it is of (an
   * entity node, or words as written).
   */
  public void membership(
      String member, String role, Optional<String> organisation, Optional<String> asWritten) {
    memberships.add(new Membership(member, role, organisation, asWritten));
  }

  /** Records a label of the role node {@code role}. */
  public void roleLabel(String role, String label) {
    roleLabels.computeIfAbsent(role, k -> new HashSet<>()).add(label);
  }

  /**
   * Every person named by some article, in IRI order.
   *
   * @param preferred person IRI → the name to show, for people known under several names
   */
  public List<Listed> list(Map<String, String> preferred) {
    Map<String, Set<String>> nodes = new TreeMap<>();
    withArticles.forEach(e -> nodes.computeIfAbsent(canonical(e), k -> new HashSet<>()).add(e));
    Map<String, List<Membership>> posts = new HashMap<>();
    memberships.forEach(
        m -> posts.computeIfAbsent(canonical(m.member()), k -> new ArrayList<>()).add(m));
    Map<String, Boolean> authored = new HashMap<>();
    authors.forEach(a -> authored.put(canonical(a), true));
    List<Listed> out = new ArrayList<>();
    nodes.forEach(
        (person, members) -> {
          Optional<String> name =
              Optional.ofNullable(preferred.get(person))
                  .or(
                      () ->
                          members.stream()
                              .map(names::least)
                              .flatMap(Optional::stream)
                              .min(Comparator.naturalOrder()));
          name.ifPresent(
              n ->
                  out.add(
                      new Listed(
                          person,
                          n,
                          articles.get(person),
                          posts(
                              posts.getOrDefault(person, List.of()),
                              authored.containsKey(person)))));
        });
    return out;
  }

  private List<Post> posts(List<Membership> held, boolean author) {
    Set<Post> all = new LinkedHashSet<>();
    Set<String> statedOfSomething = new HashSet<>();
    for (Membership m : held) {
      Set<String> labels = roleLabels.getOrDefault(m.role(), Set.of());
      if (m.organisation().isPresent() || m.asWritten().isPresent()) {
        statedOfSomething.addAll(labels);
      }
      Set<String> of = m.organisation().map(names::all).orElse(Set.of());
      List<Optional<String>> roleOf =
          !of.isEmpty() ? of.stream().map(Optional::of).toList() : List.of(m.asWritten());
      for (String label : labels) {
        roleOf.forEach(o -> all.add(new Post(label, o)));
      }
    }
    if (author) {
      all.add(new Post(AUTHOR, Optional.empty()));
    }
    return all.stream()
        .filter(p -> p.roleOf().isPresent() || !statedOfSomething.contains(p.role()))
        .sorted(
            Comparator.comparing(Post::role)
                .thenComparing(p -> p.roleOf().orElse(""))
                .thenComparing(p -> p.roleOf().isPresent()))
        .toList();
  }

  private String canonical(String node) {
    return canonical.getOrDefault(node, node);
  }
}
