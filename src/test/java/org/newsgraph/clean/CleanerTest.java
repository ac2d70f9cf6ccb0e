package org.newsgraph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.ArticleMeta;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.Document;
import org.newsgraph.model.OffsetMap;
import org.newsgraph.model.RawArticle;

class CleanerTest {

  private static final Cleaner CLEANER = new Cleaner();
  private static final String BODY_1 =
      "The city council approved the new budget on Monday after a long debate.";
  private static final String BODY_2 =
      "Officials said the plan would add 40 buses, and fares would stay the same.";
  private static final String BODY_3 =
      "“We listened to riders,” the mayor said, adding that work starts in spring.";

  static Document clean(String text) {
    return CLEANER.clean(new RawArticle(meta(), RawArticle.Format.TEXT, text));
  }

  static ArticleMeta meta() {
    return new ArticleMeta(
        "id",
        "test.txt",
        "sha",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** One line per block: {@code BODY The text}. */
  static List<String> render(Document d) {
    return d.blocks().stream()
        .map(b -> b.kind() + " " + d.textOf(b.span()))
        .collect(Collectors.toList());
  }

  static String page(String... paragraphs) {
    return String.join("\n\n", paragraphs);
  }

  @Test
  void keptParagraphsAreJoinedByBlankLines() {
    Document d = clean("  " + BODY_1 + "  \n\n\n" + BODY_2 + "\n");
    assertEquals(BODY_1 + "\n\n" + BODY_2, d.text());
    assertEquals(List.of("BODY " + BODY_1, "BODY " + BODY_2), render(d));
  }

  @Test
  void dropsNewsletterPrompts() {
    Document d =
        clean(
            page(
                "Get the morning briefing delivered to your inbox. Sign up for our newsletter",
                BODY_1,
                "Please enter a valid email address",
                BODY_2));
    assertEquals(List.of("BODY " + BODY_1, "BODY " + BODY_2), render(d));
  }

  @Test
  void dropsPromptsWhateverTheirCaseOrLetterForms() {
    // A case-insensitive match equates the long s, the dotted capital I and the Kelvin sign with
    // s, i and k: such prompts are furniture too.
    Document d =
        clean(
            page(
                "SIGN UP FOR OUR NEWSLETTER",
                BODY_1,
                "Get the morning briefing: our free newſletter",
                "PLEASE ENTER A VALID EMA\u0130L ADDRESS",
                "Clic\u212A here",
                BODY_2));
    assertEquals(List.of("BODY " + BODY_1, "BODY " + BODY_2), render(d));
  }

  @Test
  void longParagraphMentioningDonationsAndNewslettersStays() {
    String para =
        "The charity, which relies on donations, said readers who subscribe to its newsletter"
            + " would see the accounts first, and that its paywall-free site had grown. "
            + BODY_1.repeat(4);
    Document d = clean(page(para, BODY_2));
    assertEquals(List.of("BODY " + para.strip(), "BODY " + BODY_2), render(d));
  }

  @Test
  void dropsNotificationPromptsAndNamesThePublisher() {
    Document d =
        clean(
            page(
                "Get alerts with notifications from The Daily Planet",
                "Notifications can be switched off in browser settings.",
                BODY_1));
    assertEquals(List.of("BODY " + BODY_1), render(d));
    assertEquals(Optional.of("The Daily Planet"), d.meta().publisher());
  }

  @Test
  void dropsADonationAppealRun() {
    Document d =
        clean(
            page(
                BODY_1,
                "Your support keeps our reporters in the field",
                "From city hall to the courts, our newsroom covers the stories that matter to"
                    + " you and your neighbours every single day of the year.",
                "Every donation, big or small, pays for journalism without paywalls.",
                "Your support means everything to us.",
                BODY_2));
    assertEquals(List.of("BODY " + BODY_1, "BODY " + BODY_2), render(d));
  }

  @Test
  void dropsCommentAndLoginPrompts() {
    Document d =
        clean(
            page(
                BODY_1,
                "Comments",
                "Join the discussion on our commenting forum",
                "Thank you for registering",
                "Please refresh the page to be logged in",
                BODY_2));
    assertEquals(List.of("BODY " + BODY_1, "BODY " + BODY_2), render(d));
  }

  @Test
  void dropsLinksToOtherArticles() {
    Document d =
        clean(
            page(
                BODY_1,
                "SEE ALSO: Council Votes To Extend Night Trams Through Winter",
                "Read more: Why fares keep rising",
                "Related: Bus drivers strike",
                BODY_2));
    assertEquals(List.of("BODY " + BODY_1, "BODY " + BODY_2), render(d));
  }

  @Test
  void dropsCreditOnlyLines() {
    Document d =
        clean(page("Photo: via AFP", "Picture: EPA", "(Reuters)", BODY_1, "source site", BODY_2));
    assertEquals(List.of("BODY " + BODY_1, "BODY " + BODY_2), render(d));
  }

  @Test
  void dropsEverythingFromAHeadlineListOn() {
    Document d =
        clean(
            page(
                BODY_1,
                BODY_2,
                BODY_3,
                "Latest Europe News",
                "See more Latest Europe News",
                "Singer stuns fans with surprise tour",
                "Storm leaves thousands without power."));
    assertEquals(List.of("BODY " + BODY_1, "BODY " + BODY_2, "BODY " + BODY_3), render(d));
  }

  @Test
  void aListHeadingAtTheTopDoesNotEndTheArticle() {
    Document d = clean(page("More stories", BODY_1, BODY_2));
    assertTrue(d.text().contains(BODY_2));
  }

  @Test
  void captionWithParenthesisedCreditLosesTheCredit() {
    Document d =
        clean(
            page(
                BODY_1,
                "Commuters wait at the new terminal (Jane Roe/CITY NEWS/AP)",
                "The mayor at the opening (Chronicle)",
                BODY_2));
    assertEquals(
        List.of(
            "BODY " + BODY_1,
            "CAPTION Commuters wait at the new terminal",
            "CAPTION The mayor at the opening",
            "BODY " + BODY_2),
        render(d));
  }

  @Test
  void lineAboveACreditIsACaption() {
    Document d =
        clean(page(BODY_1, "Buses queue at the depot on Monday.", "Image: via Reuters", BODY_2));
    assertEquals(
        List.of("BODY " + BODY_1, "CAPTION Buses queue at the depot on Monday.", "BODY " + BODY_2),
        render(d));
  }

  @Test
  void aLabelledCaptionIsNoCreditForTheParagraphAboveIt() {
    Document d =
        clean(
            page(
                BODY_1,
                "The utility said it would appeal.",
                "Photo: Residents collect water from a tanker (AP)",
                BODY_2));
    assertEquals(
        List.of(
            "BODY " + BODY_1,
            "BODY The utility said it would appeal.",
            "CAPTION Photo: Residents collect water from a tanker",
            "BODY " + BODY_2),
        render(d));
  }

  @Test
  void aLabelledCreditNamesItsSourceInAtMostSixWords() {
    Document d =
        clean(
            page(
                BODY_1,
                "Photo: Jane Roe for the Daily Planet",
                "Photo: Jane Roe for the Daily Planet Online",
                BODY_2));
    assertEquals(
        List.of(
            "CAPTION " + BODY_1,
            "BODY Photo: Jane Roe for the Daily Planet Online",
            "BODY " + BODY_2),
        render(d));
  }

  @Test
  void repeatedCaptionIsKeptOnceAndTagLineIsACaption() {
    Document d =
        clean(
            page(
                BODY_1,
                "Transit Budget Vote",
                "Council members vote on the transit budget",
                "Council members vote on the transit budget (AP)",
                "City Hall",
                "City Hall. Picture: PA",
                BODY_2));
    assertEquals(
        List.of(
            "BODY " + BODY_1,
            "CAPTION Transit Budget Vote",
            "CAPTION Council members vote on the transit budget",
            "CAPTION City Hall",
            "BODY " + BODY_2),
        render(d));
  }

  @Test
  void imagePhraseMakesACaption() {
    Document d = clean(page(BODY_1, "This aerial photo taken on Monday shows the depot.", BODY_2));
    assertEquals(BlockKind.CAPTION, d.blocks().get(1).kind());
  }

  @Test
  void shortLineBetweenParagraphsWithoutPictureSignalStaysBody() {
    Document d = clean(page(BODY_1, "Fares stay the same", BODY_2));
    assertEquals(BlockKind.BODY, d.blocks().get(1).kind());
  }

  @Test
  void firstShortLineIsTheHeadlineAndTheTitle() {
    Document d = clean(page("Council backs bigger bus budget", "Standfirst: riders win", BODY_1));
    assertEquals(
        List.of(
            "HEADLINE Council backs bigger bus budget",
            "BODY Standfirst: riders win",
            "BODY " + BODY_1),
        render(d));
    assertEquals(Optional.of("Council backs bigger bus budget"), d.meta().title());
  }

  @Test
  void aFirstLineThatIsASentenceIsNoHeadline() {
    Document d = clean(page(BODY_1, BODY_2));
    assertEquals(Optional.empty(), d.meta().title());
    assertEquals(BlockKind.BODY, d.blocks().get(0).kind());
  }

  @Test
  void sourceTitleWinsAndMarksTheHeadlineWhateverItsCaseSpacingAndEnd() {
    for (String title :
        List.of("Council backs bigger bus budget", "COUNCIL  backs bigger\tbus budget!")) {
      ArticleMeta m = meta().withTitle(Optional.of(title));
      Document d =
          CLEANER.clean(
              new RawArticle(
                  m, RawArticle.Format.TEXT, page("Council backs bigger bus budget", BODY_1)));
      assertEquals(
          List.of("HEADLINE Council backs bigger bus budget", "BODY " + BODY_1), render(d), title);
    }
  }

  @Test
  void bylineAndDateLinesGiveAuthorAndDate() {
    Document d =
        clean(
            "Council backs bigger bus budget\n\nRiders welcome the plan\n\nJane Doe\n"
                + "Monday 6 March 2023 09:30 GMT\n\n"
                + BODY_1);
    assertEquals(
        List.of(
            "HEADLINE Council backs bigger bus budget",
            "BODY Riders welcome the plan",
            "BYLINE Jane Doe",
            "BYLINE Monday 6 March 2023 09:30 GMT",
            "BODY " + BODY_1),
        render(d));
    assertEquals(Optional.of("Jane Doe"), d.meta().author());
    assertEquals(Optional.of("2023-03-06T09:30:00Z"), d.meta().published());
  }

  @Test
  void byLineNamesTheAuthorWhereverItStands() {
    Document d = clean(page(BODY_1, BODY_2, "By Metro Wire Service"));
    assertEquals(Optional.of("Metro Wire Service"), d.meta().author());
    assertEquals("BYLINE By Metro Wire Service", render(d).get(2));
  }

  @Test
  void byAtTheStartOfASentenceIsNoByline() {
    Document d = clean(page(BODY_1, "By Friday, the depot was full."));
    assertEquals(Optional.empty(), d.meta().author());
    assertEquals(BlockKind.BODY, d.blocks().get(1).kind());
  }

  @Test
  void leadingDateIsTakenOutOfAPromptLine() {
    Document d =
        clean(
            page(
                " date 2023-03-06 Get breaking news alerts straight to your inbox sign up to our"
                    + " emails I would like to be emailed about offers from The Metro Herald."
                    + " Read our privacy notice",
                BODY_1));
    assertEquals(List.of("BYLINE date 2023-03-06", "BODY " + BODY_1), render(d));
    assertEquals(Optional.of("2023-03-06"), d.meta().published());
    assertEquals(Optional.of("The Metro Herald"), d.meta().publisher());
  }

  @Test
  void normalisesSpacesButKeepsQuotes() {
    Document d =
        clean("“Fares\u00A0stay   the same,”\tshe said.\u200B\n\nCafe\u0301 owners agree.");
    assertEquals("“Fares stay the same,” she said.\n\nCafé owners agree.", d.text());
  }

  @Test
  void offsetsMapBackToTheRawCharacters() {
    String raw = "Sign up to our newsletter\n\n  The  council   met.\n\n\n“Fares rise,” she said.";
    Document d = clean(raw);
    assertEquals("The council met.\n\n“Fares rise,” she said.", d.text());
    OffsetMap map = d.sourceOffsets();
    for (int i = 0; i < d.text().length(); i++) {
      char c = d.text().charAt(i);
      if (c != '\n' && c != ' ') {
        assertEquals(c, raw.charAt(map.toSource(i)), "offset " + i);
      }
    }
    int council = d.text().indexOf("council");
    assertEquals(raw.indexOf("council"), map.toSource(council));
    Block quote = d.blocks().get(1);
    assertEquals(raw.indexOf("“Fares"), map.toSource(quote.span().begin()));
  }

  @Test
  void hardWrappedParagraphsAreRejoined() {
    String raw =
        "The city council approved the new budget on Monday after\na long debate that ran"
            + " late.\n\n"
            + BODY_2;
    Document d = clean(raw);
    assertEquals(
        List.of(
            "BODY The city council approved the new budget on Monday after a long debate that ran"
                + " late.",
            "BODY " + BODY_2),
        render(d));
    int a = d.text().indexOf("a long");
    assertEquals(raw.indexOf("a long"), d.sourceOffsets().toSource(a));
  }

  @Test
  void emptyTextGivesAnEmptyDocument() {
    Document d = clean(" \n\n \t");
    assertEquals("", d.text());
    assertTrue(d.blocks().isEmpty());
  }

  @Test
  void htmlMainContentAndMetadata() {
    String html =
        "<html><head><title>Ignored title | Site</title>"
            + "<meta property='og:title' content='Council backs bigger bus budget'>"
            + "<meta property='og:site_name' content='The Metro Herald'>"
            + "<meta name='author' content='Jane Doe'>"
            + "<meta property='article:published_time' content='2023-03-06T09:30:00+01:00'>"
            + "<script>var x = 1;</script></head><body>"
            + "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            + "<div class='sidebar'><p><a href='/a'>A very different story about the weather,"
            + " with links</a></p></div>"
            + "<article><h1>Council backs bigger bus budget</h1>"
            + "<p>"
            + BODY_1
            + "</p><p>"
            + BODY_2
            + "</p><p>Sign up to our newsletter</p></article>"
            + "<footer><p>Copyright, all rights reserved, by the Herald company</p></footer>"
            + "</body></html>";
    Document d = CLEANER.clean(new RawArticle(meta(), RawArticle.Format.HTML, html));
    assertEquals(
        List.of("HEADLINE Council backs bigger bus budget", "BODY " + BODY_1, "BODY " + BODY_2),
        render(d));
    assertEquals(Optional.of("Council backs bigger bus budget"), d.meta().title());
    assertEquals(Optional.of("The Metro Herald"), d.meta().publisher());
    assertEquals(Optional.of("Jane Doe"), d.meta().author());
    assertEquals(Optional.of("2023-03-06T09:30:00+01:00"), d.meta().published());
    assertEquals(-1, d.sourceOffsets().toSource(0));
  }

  @Test
  void cleaningIsDeterministic() {
    String raw = page("Council backs bigger bus budget", BODY_1, "Comments", BODY_2);
    Document a = clean(raw);
    Document b = clean(raw);
    assertEquals(a.meta(), b.meta());
    assertEquals(a.text(), b.text());
    assertEquals(a.blocks(), b.blocks());
    assertFalse(a.text().contains("Comments"));
  }
}
