package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.Gazetteer;
import org.newsgraph.model.ArticleMeta;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.OffsetMap;

/** Resolution on hand-made mentions: the trivial upstream is a list of typed mentions. */
class ResolverTest {

  static Resolver resolver;

  @BeforeAll
  static void load() {
    resolver = new Resolver(Gazetteer.load());
  }

  static Document doc(String text, Object... typedNames) {
    Document d =
        Document.of(
            new ArticleMeta(
                "x",
                "x.txt",
                "0".repeat(64),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()),
            text,
            OffsetMap.identity(),
            List.of(new Block(new CharSpan(0, text.length()), BlockKind.BODY)));
    List<Mention> mentions = new java.util.ArrayList<>();
    int from = 0;
    for (int i = 0; i < typedNames.length; i += 2) {
      String name = (String) typedNames[i + 1];
      int at = text.indexOf(name, from);
      mentions.add(
          new Mention(
              new CharSpan(at, at + name.length()),
              0,
              (EntityType) typedNames[i],
              name,
              "",
              "test"));
      from = at + name.length();
    }
    return d.withMentions(mentions);
  }

  static String keys(Document d) {
    return d.mentions().stream()
        .map(m -> m.text() + "=" + m.entityKey())
        .collect(Collectors.joining(" "));
  }

  @Test
  void surnameResolvesToTheFullNameSpellingVariantsIncluded() {
    Document d =
        resolver.apply(
            doc(
                "Prime Minister Alikhan Smaiylov spoke. Smayilov later left. Mr Smaiylov agreed.",
                EntityType.PERSON,
                "Alikhan Smaiylov",
                EntityType.PERSON,
                "Smayilov",
                EntityType.PERSON,
                "Smaiylov"));
    assertEquals(
        "Alikhan Smaiylov=person/alikhan-smailov Smayilov=person/alikhan-smailov"
            + " Smaiylov=person/alikhan-smailov",
        keys(d));
    Entity e = d.entities().get(0);
    assertEquals("Alikhan Smaiylov", e.name());
    assertEquals(List.of("Smayilov", "Smaiylov"), e.altNames());
  }

  @Test
  void twoPeopleWhoShareASurnameStayApart() {
    Document d =
        resolver.apply(
            doc(
                "Anna Novak met Peter Novak. Novak said no.",
                EntityType.PERSON,
                "Anna Novak",
                EntityType.PERSON,
                "Peter Novak",
                EntityType.PERSON,
                "Novak"));
    assertEquals(
        "Anna Novak=person/ana-novak Peter Novak=person/peter-novak Novak=person/peter-novak",
        keys(d));
  }

  @Test
  void aSurnameIsTheEarlierPersonOfThatNameBeforeALaterOne() {
    Document d =
        resolver.apply(
            doc(
                "Henry Mwangi was jailed. Mwangi denied it. His wife, Ann Mwangi, was acquitted.",
                EntityType.PERSON,
                "Henry Mwangi",
                EntityType.PERSON,
                "Mwangi",
                EntityType.PERSON,
                "Ann Mwangi"));
    assertEquals(
        "Henry Mwangi=person/henri-mvangi Mwangi=person/henri-mvangi Ann Mwangi=person/an-mvangi",
        keys(d));
  }

  @Test
  void countriesResolveByNameAndDemonymToTheirCode() {
    Document d =
        resolver.apply(
            doc(
                "Chilean officials said Chile would act.",
                EntityType.COUNTRY,
                "Chilean",
                EntityType.COUNTRY,
                "Chile"));
    assertEquals("Chilean=country/CL Chile=country/CL", keys(d));
    Entity cl = d.entities().get(0);
    assertEquals("Chile", cl.name());
    assertEquals("CL", cl.ids().get("iso3166"));
  }

  @Test
  void anAcronymNamesTheOrganisationItAbbreviates() {
    Document d =
        resolver.apply(
            doc(
                "The Union of Road Hauliers (URH) called a strike. URH said it would last a week.",
                EntityType.ORGANIZATION,
                "Union of Road Hauliers",
                EntityType.ORGANIZATION,
                "URH",
                EntityType.ORGANIZATION,
                "URH"));
    assertEquals(
        "Union of Road Hauliers=org/union-of-road-hauliers URH=org/union-of-road-hauliers"
            + " URH=org/union-of-road-hauliers",
        keys(d));
    assertEquals(List.of("URH"), d.entities().get(0).altNames());
  }
}
