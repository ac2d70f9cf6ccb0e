package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.Document;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Mention;

class NameAnnotatorTest {

  @Test
  void personWithoutTitle() {
    Document doc = TestDocs.annotate(TestDocs.body("President John Doe said the talks failed."));
    assertTrue(doc.has(Layer.MENTIONS));
    assertEquals(List.of("[10,18) PERSON John Doe"), TestDocs.rendered(doc));
    assertEquals("", doc.mentions().get(0).entityKey());
  }

  @Test
  void possessiveIsNotPartOfTheName() {
    Document doc =
        TestDocs.annotate(TestDocs.body("Officials rejected Chancellor Anna Berg's budget plan."));
    assertEquals(List.of("[30,39) PERSON Anna Berg"), TestDocs.rendered(doc));
  }

  @Test
  void aCapitalisedCommonNounOpeningASentenceIsNoPerson() {
    Document doc =
        TestDocs.annotate(
            TestDocs.body("Ferry tickets sold out within hours. Rail services were cancelled."));
    assertTrue(
        doc.mentions().stream().noneMatch(m -> m.type() == EntityType.PERSON),
        () -> TestDocs.rendered(doc).toString());
  }

  @Test
  void aNameAfterAnOrganisationDescriptorIsNoPerson() {
    Document doc =
        TestDocs.annotate(
            TestDocs.body(
                "The queue stretched for miles, according to the online service Waze Live."));
    assertTrue(
        doc.mentions().stream().noneMatch(m -> m.type() == EntityType.PERSON),
        () -> TestDocs.rendered(doc).toString());
  }

  @Test
  void aTitleInsideAnOrganisationsNameStartsAPerson() {
    Document doc =
        TestDocs.annotate(
            TestDocs.body(
                "\u201cThis is a race against time,\u201d WHO Director-General Tedros Adhanom"
                    + " Ghebreyesus told reporters."));
    assertEquals(
        List.of("[31,34) ORGANIZATION WHO", "[52,78) PERSON Tedros Adhanom Ghebreyesus"),
        TestDocs.rendered(doc));
  }

  @Test
  void countriesAndDemonyms() {
    Document doc =
        TestDocs.annotate(
            TestDocs.body("Thousands of Georgians crossed into Turkey, Turkish officials said."));
    assertEquals(
        List.of("[13,22) COUNTRY Georgians", "[36,42) COUNTRY Turkey", "[44,51) COUNTRY Turkish"),
        TestDocs.rendered(doc));
    assertEquals("demonym", doc.mentions().get(0).source());
    assertEquals("demonym", doc.mentions().get(2).source());
  }

  @Test
  void demonymBeforeTitleAndNameIsACountry() {
    Document doc =
        TestDocs.annotate(TestDocs.body("Kenyan President William Ruto spoke on Tuesday."));
    assertEquals(
        List.of("[0,6) COUNTRY Kenyan", "[17,29) PERSON William Ruto"), TestDocs.rendered(doc));
  }

  @Test
  void monthsAndWeekdaysAreNotPeople() {
    Document doc =
        TestDocs.annotate(
            TestDocs.body(
                "On Monday the ministry said exports fell in August.",
                "Sunday was quiet, and by Wednesday the markets had recovered."));
    assertEquals(List.of(), TestDocs.texts(doc, EntityType.PERSON));
  }

  @Test
  void titleCaseHeadlineWordsAreNotPeople() {
    Document doc =
        TestDocs.annotate(
            TestDocs.of(
                BlockKind.HEADLINE, "Draft Criticism Grows As Harvest Fails",
                BlockKind.BODY, "Farmers said the harvest was the worst in a decade."));
    assertEquals(List.of(), TestDocs.texts(doc, EntityType.PERSON));
  }

  @Test
  void headlineKeepsNamesTypedInTheBody() {
    Document doc =
        TestDocs.annotate(
            TestDocs.of(
                BlockKind.HEADLINE, "Mendoza Wins Second Term In Landslide",
                BlockKind.BODY, "Carlos Mendoza won the election, officials said on Sunday.",
                BlockKind.CAPTION, "Supporters of Mendoza celebrate in the capital."));
    List<Mention> people =
        doc.mentions().stream().filter(m -> m.type() == EntityType.PERSON).toList();
    assertEquals(
        List.of(
            "[0,7) PERSON Mendoza", "[39,53) PERSON Carlos Mendoza", "[113,120) PERSON Mendoza"),
        people.stream().map(Mention::render).toList());
    assertEquals(0, people.get(0).sentence());
    assertEquals(2, people.get(2).sentence());
  }

  @Test
  void captionPersonsNeedTheBody() {
    Document doc =
        TestDocs.annotate(
            TestDocs.of(
                BlockKind.BODY, "The river rose overnight.",
                BlockKind.CAPTION, "Photo by Peter Lindqvist"));
    assertFalse(TestDocs.texts(doc, EntityType.PERSON).contains("Peter Lindqvist"));
  }

  @Test
  void countryBeforePossessiveIsSplitFromTheOrganization() {
    Document doc =
        TestDocs.annotate(TestDocs.body("According to Kazakhstan's Interior Ministry, 98 left."));
    assertEquals(
        List.of("[13,23) COUNTRY Kazakhstan", "[26,43) ORGANIZATION Interior Ministry"),
        TestDocs.rendered(doc));
  }

  @Test
  void listOfCountriesIsSeveralCountries() {
    Document doc =
        TestDocs.annotate(TestDocs.body("Leaders from Uzbekistan and Kyrgyzstan met in Bishkek."));
    assertEquals(
        List.of("COUNTRY Uzbekistan", "COUNTRY Kyrgyzstan"),
        doc.mentions().stream()
            .filter(m -> m.type() == EntityType.COUNTRY)
            .map(m -> m.type() + " " + m.text())
            .toList());
  }

  @Test
  void nameBeforePossessiveKeepsItsType() {
    Document doc =
        TestDocs.annotate(
            TestDocs.body(
                "Prime Minister Erik Dahlgren arrived in Oslo.",
                "Dahlgren's speech drew protests."));
    assertEquals(List.of("Erik Dahlgren", "Dahlgren"), TestDocs.texts(doc, EntityType.PERSON));
  }

  @Test
  void aNameBeforeABracketedAcronymIsAnOrganisationAndSoIsTheAcronym() {
    Document doc =
        TestDocs.annotate(
            TestDocs.body(
                "Members of the Union of Road Hauliers and Farmers (URHF) blocked the port."));
    assertEquals(
        List.of(
            "[15,49) ORGANIZATION Union of Road Hauliers and Farmers", "[51,55) ORGANIZATION URHF"),
        TestDocs.rendered(doc));
  }

  @Test
  void aLeadingTheIsNotPartOfAnOrganisation() {
    Document doc =
        TestDocs.annotate(
            TestDocs.body(
                "The Coastal Grid Operators Association (CGOA) raised tariffs.",
                "The Energy Ministry said the grid held."));
    assertEquals(
        List.of(
            "[4,38) ORGANIZATION Coastal Grid Operators Association",
            "[40,44) ORGANIZATION CGOA",
            "[67,82) ORGANIZATION Energy Ministry"),
        TestDocs.rendered(doc));
  }

  @Test
  void aNameBesideAnOrganisationDescriptorIsAnOrganisation() {
    Document doc =
        TestDocs.annotate(
            TestDocs.body(
                "Prices rose again, the statistics agency Datastat said.",
                "Water kept rising, according to the Floodwatch agency."));
    assertEquals(
        List.of("[41,49) ORGANIZATION Datastat", "[93,103) ORGANIZATION Floodwatch"),
        TestDocs.rendered(doc));
  }

  @Test
  void aPlaceBeforeADescriptorIsNoOrganisation() {
    Document doc =
        TestDocs.annotate(TestDocs.body("Shares in the Oslo company fell after the ruling."));
    assertEquals(List.of(), TestDocs.texts(doc, EntityType.ORGANIZATION));
  }

  @Test
  void thePublisherOfImagesAndANameEndingInHoldingsAreOrganisations() {
    Document doc =
        TestDocs.annotate(
            TestDocs.body(
                "Maps released by Orbital Imaging showed the flooded valley.",
                "Shares in Brightwater Holdings fell after the ruling."));
    assertEquals(
        List.of(
            "[17,32) ORGANIZATION Orbital Imaging", "[71,91) ORGANIZATION Brightwater Holdings"),
        TestDocs.rendered(doc));
  }

  @Test
  void aPersonReleasingSomethingStaysAPerson() {
    Document doc =
        TestDocs.annotate(
            TestDocs.body(
                "The trade figures were released by Finance Minister Anna Berg on Monday."));
    assertEquals(List.of("[52,61) PERSON Anna Berg"), TestDocs.rendered(doc));
  }

  @Test
  void bylinesGiveNoMentions() {
    Document doc =
        TestDocs.annotate(
            TestDocs.of(
                BlockKind.BYLINE, "By Coastal News Service",
                BlockKind.BODY, "The river burst its banks overnight."));
    assertEquals(List.of(), TestDocs.rendered(doc));
  }

  @Test
  void titleCaseCaptionsGiveNoOrganisationsTheBodyDoesNotName() {
    Document doc =
        TestDocs.annotate(
            TestDocs.of(
                BlockKind.CAPTION, "Northern Grid Energy Summit",
                BlockKind.BODY, "Delegates agreed to share power across the border."));
    assertEquals(List.of(), TestDocs.texts(doc, EntityType.ORGANIZATION));
  }
}
