package org.rostra.models.en.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rostra.AnnotationException;
import org.rostra.AnnotationRequest;
import org.rostra.Annotator;
import org.rostra.ErrorCode;
import org.rostra.doc.Document;
import org.rostra.testing.StageContract;

/** {@code maxChars} through the full pipeline: at the limit it annotates, over it fails clearly. */
class MaxCharsTest {
  static final Annotator LIMITED = Pipelines.full().maxChars(10_000).build();

  @Test
  void atTheLimitAnnotatesOverItFailsWithoutTheText() {
    String unit = "“Secret words,” Xi Jinping said. ";
    String at = unit.repeat(10_000 / unit.length() + 1).substring(0, 10_000);
    Document d = LIMITED.annotate(AnnotationRequest.of("at", at));
    StageContract.checkInvariants(d);
    assertFalse(d.tokens().isEmpty());

    String over = at + "x";
    AnnotationException e = assertThrows(AnnotationException.class,
        () -> LIMITED.annotate(AnnotationRequest.of("doc-17", over)));
    assertEquals(ErrorCode.INPUT_TOO_LARGE, e.code());
    assertTrue(e.getMessage().contains("doc-17") && e.getMessage().contains("10001")
        && e.getMessage().contains("10000"), e.getMessage());
    assertFalse(e.getMessage().contains("Secret"), "the message carries the text: " + e.getMessage());
    // the annotator is still usable after a refusal
    StageContract.checkInvariants(LIMITED.annotate("Short."));
  }

  @Test
  void zeroAllowsOnlyTheEmptyText() {
    Annotator zero = Annotator.builder().tokenize().maxChars(0).build();
    assertTrue(zero.annotate("").tokens().isEmpty());
    assertEquals(ErrorCode.INPUT_TOO_LARGE,
        assertThrows(AnnotationException.class, () -> zero.annotate(" ")).code());
    assertThrows(IllegalArgumentException.class, () -> Annotator.builder().maxChars(-1));
  }
}
