package org.rostra.models.en.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rostra.Annotator;
import org.rostra.doc.Document;
import org.rostra.testing.StageContract;

/** Inputs that once broke a stage. */
class RegressionTest {
  static final Annotator FULL = Pipelines.full().build();

  @Test
  void bylineFollowedByCapitalisedParagraphs() {
    // the byline-name matcher ran past the byline (Matcher.find(int) resets the region):
    // IndexOutOfBoundsException "start > end"
    String text = "--With assistance from Yujing Liu.\n\nHe called for more. Xi’s trip included"
        + " stops.\n\nThe US has already rallied Netherlands and Japan.";
    Document d = FULL.annotate(text);
    StageContract.checkInvariants(d);
    assertTrue(d.entities().stream().anyMatch(m -> m.text().equals("Yujing Liu")), d.entities().toString());
  }
}
