package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.TestDocs;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.Document;
import org.newsgraph.model.Role;

class RoleExtractorTest {

  private static Document roles(String... paragraphs) {
    return new RoleExtractor().apply(TestDocs.annotate(TestDocs.body(paragraphs)));
  }

  @Test
  void nationalityAndTitleBeforeTheName() {
    Document d = roles("French President Emmanuel Macron arrived in Berlin on Monday.");
    assertEquals(List.of("Emmanuel Macron | President | French"), Rendering.roles(d));
    Role r = d.roles().get(0);
    assertEquals("French", d.textOf(r.of().orElseThrow()));
    assertEquals("French President Emmanuel Macron", d.textOf(r.evidence()));
  }

  @Test
  void possessiveCountryAndLowerCaseTitle() {
    Document d = roles("Brazil's energy minister Alexandre Silveira announced the auction.");
    assertEquals(List.of("Alexandre Silveira | Energy Minister | Brazil"), Rendering.roles(d));
  }

  @Test
  void titleWithoutCountryLeavesOfEmpty() {
    Document d = roles("Prime Minister Keir Starmer visited the flooded areas.");
    assertEquals(List.of("Keir Starmer | Prime Minister | "), Rendering.roles(d));
    assertTrue(d.roles().get(0).of().isEmpty());
  }

  @Test
  void aDatelineTellsWhoseNationalPostItIs() {
    Document d =
        roles(
            "NAIROBI, Kenya -- Interior Minister Kipchumba Murkomen said police would patrol"
                + " the flooded districts.");
    assertEquals(List.of("Kipchumba Murkomen | Interior Minister | Kenya"), Rendering.roles(d));
  }

  @Test
  void hyphenatedTitles() {
    Document d = roles("UN Secretary-General Antonio Guterres called for a ceasefire.");
    assertEquals(List.of("Antonio Guterres | Secretary-General | UN"), Rendering.roles(d));
  }

  @Test
  void appositionAfterTheName() {
    Document d =
        roles("John Kirby, a spokesman for the Pentagon, said the exercise would go ahead.");
    assertEquals(List.of("John Kirby | Spokesman | Pentagon"), Rendering.roles(d));
  }

  @Test
  void appositionBeforeTheNameWithModifier() {
    Document d =
        roles(
            "The deputy head of the Electoral Commission, Peter Morris, said turnout was"
                + " high.");
    assertEquals(List.of("Peter Morris | Deputy Head | Electoral Commission"), Rendering.roles(d));
  }

  @Test
  void theForeignMinisterOfACountry() {
    Document d = roles("Ahmed Aboul Gheit, the foreign minister of Egypt, met the envoy.");
    assertEquals(List.of("Ahmed Aboul Gheit | Foreign Minister | Egypt"), Rendering.roles(d));
  }

  @Test
  void memberOfAnInstitutionWithoutTitle() {
    Document d = roles("“The dam held,” said Karen Blake of the Dutch water authority.");
    assertEquals(
        List.of("Karen Blake | Water Authority | the Dutch water authority"), Rendering.roles(d));
  }

  @Test
  void rolesFromHeadlinesButNotBylines() {
    Document d =
        new RoleExtractor()
            .apply(
                TestDocs.annotate(
                    TestDocs.of(
                        BlockKind.HEADLINE,
                        "Mayor Anne Hidalgo closes riverside roads",
                        BlockKind.BODY,
                        "French President Emmanuel Macron arrived in Berlin on Monday.",
                        BlockKind.BYLINE,
                        "Senior correspondent John Smith")));
    assertEquals(
        List.of("Anne Hidalgo | Mayor | ", "Emmanuel Macron | President | French"),
        Rendering.roles(d),
        TestDocs.rendered(d)::toString);
  }
}
