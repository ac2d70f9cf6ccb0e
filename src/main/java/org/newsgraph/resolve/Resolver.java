package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.annotate.Gazetteer;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Stage;

/**
 * Resolves the mentions of one document to entities. Countries resolve through the gazetteer to
 * their ISO code; a person named by surname alone resolves to the nearest full name in the document
 * that ends in it, spelling variants allowed (an earlier one before any later one); a person's key
 * folds transliteration variants ({@link NameKeys}); everything else resolves by its normalised
 * name.
 */
public final class Resolver implements Stage {

  private final Gazetteer gazetteer;

  public Resolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.MENTIONS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.ENTITIES);
  }

  @Override
  public Document apply(Document doc) {
    Map<String, Draft> drafts = new LinkedHashMap<>();
    List<Mention> resolved = new ArrayList<>();
    List<Mention> mentions = doc.mentions();
    Map<String, String> expansions = acronyms(doc);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      Draft d = draftFor(m, i, mentions, expansions);
      Draft kept = drafts.computeIfAbsent(d.key, k -> d);
      kept.forms.add(m.text());
      resolved.add(m.withEntityKey(kept.key));
    }
    List<Entity> entities = new ArrayList<>();
    for (Draft d : drafts.values()) {
      List<String> alt = new ArrayList<>(d.forms);
      alt.remove(d.name);
      entities.add(new Entity(d.key, d.type, d.name, alt, d.ids));
    }
    return doc.withEntities(resolved, entities);
  }

  /**
   * Acronyms the document defines: an organisation's name followed by an all-capital word in
   * brackets ("Union of Road Hauliers (URH)"). The acronym then names the same organisation
   * wherever it stands in the document.
   */
  private static Map<String, String> acronyms(Document doc) {
    Map<String, String> out = new HashMap<>();
    for (Mention m : doc.mentions()) {
      if (m.type() != EntityType.ORGANIZATION || !m.text().contains(" ")) {
        continue;
      }
      Matcher a = ACRONYM.matcher(doc.text()).region(m.span().end(), doc.text().length());
      if (a.lookingAt()) {
        out.putIfAbsent(a.group(1), m.text());
      }
    }
    return out;
  }

  private static final Pattern ACRONYM = Pattern.compile("\\s*\\((\\p{Lu}[\\p{Lu}\\d&]{1,7})\\)");

  private Draft draftFor(Mention m, int index, List<Mention> all, Map<String, String> expansions) {
    return switch (m.type()) {
      case COUNTRY -> gazetteer.country(m.text()).map(this::countryDraft).orElseGet(() -> place(m));
      case PLACE -> gazetteer.country(m.text()).map(this::countryDraft).orElseGet(() -> place(m));
      case PERSON -> person(m, index, all);
      case ORGANIZATION -> {
        String name = expansions.getOrDefault(m.text(), m.text());
        yield new Draft(
            EntityKeys.of(EntityType.ORGANIZATION, name), EntityType.ORGANIZATION, name);
      }
    };
  }

  private Draft countryDraft(Gazetteer.Country c) {
    Draft d = new Draft(EntityKeys.country(c.code()), EntityType.COUNTRY, c.name());
    d.ids.put("iso3166", c.code());
    putIfPresent(d.ids, "wikidata", c.wikidataId());
    putIfPresent(d.ids, "geonames", c.geonamesId());
    return d;
  }

  private Draft place(Mention m) {
    Draft d = new Draft(EntityKeys.of(EntityType.PLACE, m.text()), EntityType.PLACE, m.text());
    Optional<Gazetteer.City> city = gazetteer.city(m.text());
    city.ifPresent(
        c -> {
          putIfPresent(d.ids, "geonames", c.geonamesId());
          putIfPresent(d.ids, "country", c.countryCode());
        });
    return d;
  }

  private static void putIfPresent(Map<String, String> ids, String scheme, String value) {
    if (value != null && !value.isBlank()) {
      ids.put(scheme, value);
    }
  }

  /** A single-word person name resolves to the nearest full name in the document ending in it. */
  private static Draft person(Mention m, int index, List<Mention> all) {
    String name = m.text();
    if (!name.contains(" ")) {
      Optional<String> full = nearestFullName(name, index, all);
      if (full.isPresent()) {
        name = full.get();
      }
    }
    return new Draft(EntityKeys.of(EntityType.PERSON, name), EntityType.PERSON, name);
  }

  private static Optional<String> nearestFullName(String surname, int index, List<Mention> all) {
    String folded = NameKeys.foldedSurname(surname);
    // Reporters introduce a person by full name before the surname alone: look back first.
    for (int j = index - 1; j >= 0; j--) {
      if (isFullNameEndingIn(all.get(j), folded)) {
        return Optional.of(all.get(j).text());
      }
    }
    for (int j = index + 1; j < all.size(); j++) {
      if (isFullNameEndingIn(all.get(j), folded)) {
        return Optional.of(all.get(j).text());
      }
    }
    return Optional.empty();
  }

  private static boolean isFullNameEndingIn(Mention m, String foldedSurname) {
    return m.type() == EntityType.PERSON
        && m.text().contains(" ")
        && NameKeys.foldedSurname(m.text()).equals(foldedSurname);
  }

  private static final class Draft {
    final String key;
    final EntityType type;
    final String name;
    final Set<String> forms = new LinkedHashSet<>();
    final Map<String, String> ids = new HashMap<>();

    Draft(String key, EntityType type, String name) {
      this.key = key;
      this.type = type;
      this.name = name;
    }
  }
}
