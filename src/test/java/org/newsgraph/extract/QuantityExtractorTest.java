package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.TestDocs;
import org.newsgraph.model.Approx;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Quantity;

/** The quantity extractor over sentences written in the style of reports on other topics. */
class QuantityExtractorTest {

  /**
   * A document from alternating block kinds and texts, run through the real annotators and the date
   * stage.
   */
  static Document annotated(Object... kindsAndTexts) {
    return new DateExtractor().apply(TestDocs.annotate(TestDocs.of(kindsAndTexts)));
  }

  private static Document extract(Object... kindsAndTexts) {
    return new QuantityExtractor().apply(annotated(kindsAndTexts));
  }

  private static List<Quantity> quantities(String body) {
    return extract(BlockKind.BODY, body).quantities();
  }

  /**
   * Asserts the renderings of every quantity in one body paragraph. Expectations come in pairs: the
   * phrase the span must cover (its next occurrence), then the rest of the rendering.
   */
  private static void assertQuantities(String body, String... phraseThenRendering) {
    List<String> expected = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < phraseThenRendering.length; i += 2) {
      int at = body.indexOf(phraseThenRendering[i], from);
      assertTrue(at >= 0, phraseThenRendering[i]);
      from = at + phraseThenRendering[i].length();
      expected.add(
          new CharSpan(at, at + phraseThenRendering[i].length())
              + " "
              + phraseThenRendering[i + 1]);
    }
    assertEquals(expected, quantities(body).stream().map(Quantity::render).toList(), body);
  }

  private static Quantity only(String body) {
    List<Quantity> qs = quantities(body);
    assertEquals(1, qs.size(), () -> qs.stream().map(Quantity::render).toList().toString());
    return qs.get(0);
  }

  @Test
  void declaresItsLayers() {
    QuantityExtractor x = new QuantityExtractor();
    assertEquals(
        Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.POS, Layer.MENTIONS, Layer.DATES, Layer.QUOTES),
        x.requires());
    assertEquals(Set.of(Layer.QUANTITIES), x.provides());
    assertTrue(extract(BlockKind.BODY, "No numbers here.").has(Layer.QUANTITIES));
  }

  @Test
  void hedgesThatPutTheTrueValueBelow() {
    assertQuantities(
        "Floods have forced nearly 12,000 people from their homes.",
        "nearly 12,000",
        "under 12000 people");
    assertQuantities(
        "Almost 300 villages were cut off, and up to 1.2 million residents lack clean water.",
        "Almost 300",
        "under 300 villages",
        "up to 1.2 million",
        "under 1200000 residents");
    assertQuantities(
        "Turnout was less than 40 per cent, and fewer than 500 ballots were rejected.",
        "less than 40",
        "under 40 per cent",
        "fewer than 500",
        "under 500 ballots");
    assertQuantities(
        "Just under 2,000 troops remain at the border.", "Just under 2,000", "under 2000 troops");
  }

  @Test
  void hedgesThatPutTheTrueValueAbove() {
    assertQuantities(
        "At least 29 people died after the dam burst, while well over 3,000 have left the valley.",
        "At least 29",
        "over 29 people",
        "well over 3,000",
        "over 3000");
    assertQuantities(
        "More than 60 are missing and in excess of 400 homes were destroyed.",
        "More than 60",
        "over 60",
        "in excess of 400",
        "over 400 homes");
    assertQuantities(
        "Upwards of 150 trucks wait at the crossing.", "Upwards of 150", "over 150 trucks");
  }

  @Test
  void hedgesThatMakeItAnEstimate() {
    assertQuantities(
        "About 500 firefighters, around 40 aircraft and some 1,500 soldiers were deployed.",
        "About 500",
        "about 500 firefighters",
        "around 40",
        "about 40 aircraft",
        "some 1,500",
        "about 1500 soldiers");
    assertQuantities(
        "Roughly 8,000 hectares burned and an estimated 12,000 animals were lost.",
        "Roughly 8,000",
        "about 8000 hectares",
        "an estimated 12,000",
        "about 12000 animals");
  }

  @Test
  void keepsTheHedgeAsWritten() {
    Quantity q = only("Officials said approximately 300 buildings were damaged by the quake.");
    assertEquals(Approx.ABOUT, q.approx());
    assertEquals("approximately", q.hedge());
    assertEquals("", only("The storm destroyed 300 buildings in the town.").hedge());
  }

  @Test
  void numbersInWords() {
    assertQuantities(
        "The court heard from three witnesses and two million documents were reviewed.",
        "three",
        "exact 3 witnesses",
        "two million",
        "exact 2000000 documents");
    assertQuantities(
        "Half a million homes lost power and three-and-a-half million customers were affected.",
        "Half a million",
        "exact 500000 homes",
        "three-and-a-half million",
        "exact 3500000 customers");
    assertQuantities("A dozen lawyers attended the hearing.", "A dozen", "exact 12 lawyers");
    assertQuantities("Rescuers found twenty five survivors.", "twenty five", "exact 25 survivors");
  }

  @Test
  void ranges() {
    assertQuantities(
        "Between 36 and 40 families were evacuated from the flood zone.",
        "Between 36 and 40",
        "exact 36-40 families");
    assertQuantities(
        "Monitors counted 5,000-6,000 voters at the rally and 5,000 to 6,000 (protesters) outside.",
        "5,000-6,000",
        "exact 5000-6000 voters",
        "5,000 to 6,000",
        "exact 5000-6000 protesters");
    assertQuantities(
        "Four to five ships were damaged in the port.", "Four to five", "exact 4-5 ships");
    assertQuantities(
        "The grid lost 1.2 to 1.5 million customers.",
        "1.2 to 1.5 million",
        "exact 1200000-1500000 customers");
  }

  @Test
  void rates() {
    assertQuantities(
        "The pipeline carries 20,000 barrels per day, and 300 trucks cross each month.",
        "20,000",
        "exact 20000 barrels /day",
        "300",
        "exact 300 trucks /month");
    assertQuantities(
        "Two to three million barrels a day are exported.",
        "Two to three million",
        "exact 2000000-3000000 barrels /day");
    assertQuantities(
        "Some 2,000 migrants were reaching the island daily.",
        "Some 2,000",
        "about 2000 migrants /day");
    assertQuantities(
        "The count has grown to some 10,000 per week.", "some 10,000", "about 10000 /week");
    assertQuantities(
        "Around 400 ballots arrive every day at the count centre.",
        "Around 400",
        "about 400 ballots /day");
  }

  @Test
  void vagueAmountsKeepOnlyTheirOrderOfMagnitude() {
    assertQuantities(
        "Tens of thousands of voters queued, hundreds of thousands of ballots were counted and"
            + " thousands of observers watched.",
        "Tens of thousands",
        "about 10000 vague voters",
        "hundreds of thousands",
        "about 100000 vague ballots",
        "thousands",
        "about 1000 vague observers");
    assertQuantities("Dozens are believed dead.", "Dozens", "about 10 vague");
    assertQuantities("Millions of homes lost power.", "Millions", "about 1000000 vague homes");
  }

  @Test
  void money() {
    assertQuantities(
        "The firm agreed to pay $3bn in damages and €40m in fines, plus US$ 5.5 million to the"
            + " state.",
        "$3bn",
        "exact 3000000000 $",
        "€40m",
        "exact 40000000 €",
        "US$ 5.5 million",
        "exact 5500000 US$");
    assertQuantities(
        "Exports were worth 4.5 billion dollars.", "4.5 billion", "exact 4500000000 dollars");
  }

  @Test
  void percentagesAndDistances() {
    assertQuantities(
        "Exports rose 12% while imports fell more than 30 per cent.",
        "12", "exact 12 %", "more than 30", "over 30 per cent");
    assertQuantities(
        "The queue of lorries stretched for about 15 kilometers and the fire spread over 8 km.",
        "about 15",
        "about 15 kilometers",
        "over 8",
        "over 8 km");
  }

  @Test
  void unitIncludesNationalityAndCompoundNouns() {
    assertEquals(
        "Syrian refugees", only("More than 3,000 Syrian refugees crossed into Turkey.").unit());
    assertEquals(
        "oil sector workers", only("Some 4,000 oil sector workers went on strike.").unit());
  }

  @Test
  void unitIsEmptyWhenAVerbFollows() {
    Quantity q = only("Officials said 4,200 crossed the bridge before it closed.");
    assertEquals("", q.unit());
    assertEquals("crossed the bridge", q.about());
  }

  @Test
  void aboutIsTheVerbWithItsPlace() {
    assertEquals(
        "fled into Bangladesh",
        only("Nearly 100,000 villagers have fled into neighbouring Bangladesh.").about());
    assertEquals(
        "entered Poland",
        only("Around 30,000 refugees have entered Poland since the weekend.").about());
  }

  @Test
  void anAgeAfterANameIsNoQuantity() {
    assertEquals(List.of(), quantities("Mr Henry Okafor, 52, denied wrongdoing."));
  }

  @Test
  void aLevelVerbTellsWhatABareNumberMeasures() {
    assertEquals(
        "death toll",
        only("The death toll from the landslide rose to more than 1,700, officials said.").unit());
    assertEquals("arrests", only("The number of arrests rose to 312 on Friday.").unit());
  }

  @Test
  void aVagueAmountInAHeadlineIsNoQuantity() {
    Document d =
        extract(
            BlockKind.HEADLINE, "Floods Leave Thousands Homeless In Northern Chile",
            BlockKind.BODY, "More than 12,000 people were left homeless.");
    assertEquals(
        List.of("over 12000 people"),
        d.quantities().stream().map(q -> q.render().replaceFirst("^\\S+ ", "")).toList());
  }

  @Test
  void theClaimantIsTheSourceOfTheSentence() {
    Quantity q = only("According to the electoral commission, 8,000 voters registered.");
    assertEquals("the electoral commission", q.claimantText());
    assertEquals(Optional.empty(), q.since());
    assertTrue(!q.vague());
  }

  @Test
  void aNumberInsideAQuoteIsClaimedByItsSpeaker() {
    Document d =
        new QuantityExtractor()
            .apply(
                new QuoteExtractor()
                    .apply(
                        annotated(
                            BlockKind.BODY,
                            "\u201cWe counted 8,000 ballots,\u201d said Maria Lopez, the election"
                                + " chief.")));
    Quantity q = d.quantities().get(0);
    assertEquals("Maria Lopez", q.claimant().map(d::textOf).orElse(""));
  }

  @Test
  void theTimeSpanIsTheDateOfTheSentence() {
    Quantity q = only("On 3 March 2024, some 8,000 voters registered in the capital.");
    assertEquals(Optional.of("2024-03-03"), q.since());
    assertEquals(Optional.of("2024-03-03"), q.until());
  }

  @Test
  void datesYearsAndClockTimesAreNotQuantities() {
    assertQuantities("Polls closed at 21:45 on 21 September.");
    assertQuantities("On September 21 the count began at 2:29 p.m.");
    assertQuantities("Results from 2022 were compared with those in 2008.");
    assertQuantities("The hearing was set for 3 March 2023, 15:44.");
    assertQuantities("Voting ran from 19 to 25 September.");
  }

  @Test
  void agesOrdinalsAndNamesAreNotQuantities() {
    assertQuantities("The judge, aged 45, sentenced a 45-year-old man.");
    assertQuantities("It was the first and second-longest trial of the 21st century.");
    assertQuantities("One of the defendants said one must wait.");
    assertQuantities("The Boeing 737 crashed near Route 66.");
    assertQuantities("Debate over Article 5 dominated the summit.");
  }

  @Test
  void bareDurationsAreSkipped() {
    assertQuantities("In the past four days, storms hit the coast.");
    assertQuantities("The levee broke a week ago, three months after the last flood.");
    assertQuantities("The vote follows a five-day campaign.");
  }

  @Test
  void headlinesAndCaptionsCountButBylinesDoNot() {
    Document d =
        extract(
            BlockKind.HEADLINE,
            "Nearly 5,000 evacuated as river bursts its banks",
            BlockKind.BYLINE,
            "Reporting by 3 correspondents",
            BlockKind.CAPTION,
            "Some 200 boats joined the rescue",
            BlockKind.BODY,
            "The river rose 3 metres overnight.");
    assertEquals(
        List.of("under 5000", "about 200 boats", "exact 3 metres"),
        d.quantities().stream()
            .map(q -> q.render().substring(q.render().indexOf(' ') + 1))
            .toList());
  }
}
