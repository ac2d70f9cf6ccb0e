package org.newsgraph.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CopyDetectorTest {

  private static final String STORY =
      "Nearly 40 people have died in the floods that swept through the valley since Saturday,"
          + " the regional governor said on Tuesday. About 3,000 residents have been evacuated"
          + " from towns along the river, and rescue teams were still searching for the missing.";

  @Test
  void republishedStoryWithOtherFurnitureIsACopyOfTheEarlierOne() {
    List<Copy> copies =
        CopyDetector.find(
            List.of(
                new ArticleText(
                    "urn:later", "2023-06-14T10:05:00Z", "Share this. " + STORY + " Most read."),
                new ArticleText("urn:first", "2023-06-14T08:30:00Z", "Sign up. " + STORY),
                new ArticleText(
                    "urn:other",
                    "2023-06-14",
                    "At least 38 people have died in the valley floods, the governor said, and"
                        + " some 3,200 people were evacuated from their homes.")));
    assertEquals(1, copies.size(), copies::toString);
    assertEquals("urn:later", copies.get(0).article());
    assertEquals("urn:first", copies.get(0).copyOf());
  }
}
