package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.TestDocs;
import org.newsgraph.model.Document;

class SpeechTest {

  /** The speaker of sentence {@code i} as "written -> mention", or "none". */
  private static String speaker(Document d, int i) {
    Optional<Speech.Attribution> a = Speech.speakerOf(d, i);
    return a.map(x -> x.text() + " -> " + x.mention().map(d::textOf).orElse("")).orElse("none");
  }

  @Test
  void subjectBeforeTheVerb() {
    Document d =
        TestDocs.annotate(
            TestDocs.body("Finance Minister Sofia Lindqvist said on Tuesday that inflation fell."));
    assertEquals("Sofia Lindqvist -> Sofia Lindqvist", speaker(d, 0));
  }

  @Test
  void accordingTo() {
    Document d =
        TestDocs.annotate(
            TestDocs.body("About 4,000 homes were flooded, according to the Red Cross."));
    // the name finder does not know this organisation: the speaker is kept as written
    assertEquals("the Red Cross -> ", speaker(d, 0));
  }

  @Test
  void itIsThePreviousSpeakerAndADescriptionIsTheOrganisationItDescribed() {
    Document d =
        TestDocs.annotate(
            TestDocs.body(
                "A court fined the shipping company Nordvik Holdings after the spill, and the"
                    + " Coastal Authority welcomed the ruling.",
                "The company said in a statement that it would appeal.",
                "\u201cWe have cleaned the harbour,\u201d it said."));
    assertEquals("The company -> Nordvik Holdings", speaker(d, 1));
    assertEquals("it -> Nordvik Holdings", speaker(d, 2));
  }

  @Test
  void theSentencesReporterBeatsAnEventInsideItAndHearsayHasNoSpeaker() {
    Document d =
        TestDocs.annotate(
            TestDocs.body(
                "About 9,000 people have left since Governor Ana Ruiz announced the evacuation,"
                    + " local officials said.",
                "In the valley alone, 2,000 families are said to have left."));
    assertEquals("local officials -> ", speaker(d, 0));
    assertEquals("none", speaker(d, 1));
  }

  @Test
  void pronounsResolveToTheLastSubject() {
    Document d =
        TestDocs.annotate(
            TestDocs.body(
                "Judge Margaret Holloway adjourned the hearing until March.",
                "She said the defence needed more time."));
    assertEquals("She -> Margaret Holloway", speaker(d, 1));
  }

  @Test
  void subjectWithoutAName() {
    Document d =
        TestDocs.annotate(TestDocs.body("Police officials said three people were arrested."));
    assertEquals("Police officials -> ", speaker(d, 0));
  }

  @Test
  void noCueNoSpeaker() {
    Document d = TestDocs.annotate(TestDocs.body("The river burst its banks overnight."));
    assertEquals("none", speaker(d, 0));
  }
}
