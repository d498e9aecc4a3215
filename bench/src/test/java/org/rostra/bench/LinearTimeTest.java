package org.rostra.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rostra.Annotator;
import org.rostra.Stage;
import org.rostra.doc.Document;
import org.rostra.doc.Layers;

/**
 * No worst-case shape of {@link WorstCase#shapes()} makes a stage super-linear: the time of
 * 4x the input stays under 10x the time of 1x plus a slack (linear gives 4x, quadratic 16x).
 * Not a speed measurement (that is {@link WorstCase}): a generous bound that a regression to
 * quadratic fails. The OpenNLP POS tagger (windowed, linear, but ~20 s/MB) is replaced by a
 * constant tag in the per-shape check so that it stays fast; it is checked on its own on
 * the shape that makes the most tokens in one sentence.
 */
class LinearTimeTest {
  static final Annotator PIPELINE = WorstCase.pipeline(false);
  static final int N = 50_000;
  static final long SLACK_NS = TimeUnit.MILLISECONDS.toNanos(300);

  /** Runs the stages, POS stubbed unless {@code realPos}, and returns the time of the rest. */
  static long time(String text, boolean realPos) {
    Document doc = Document.of("worst", text);
    long total = 0;
    for (Stage s : PIPELINE.stages()) {
      if (s.name().equals("pos") && !realPos) {
        doc = doc.with(Layers.POS, Collections.nCopies(doc.tokens().size(), "NOUN"));
        continue;
      }
      long t0 = System.nanoTime();
      doc = s.process(doc);
      total += System.nanoTime() - t0;
    }
    return total;
  }

  static long best(String text, int runs, boolean realPos) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      best = Math.min(best, time(text, realPos));
    }
    return best;
  }

  /** Whether 4x input takes less than 10x + slack; measured twice before failing (noise). */
  static String check(String shape, int n, boolean realPos) {
    String small = WorstCase.shape(shape, n);
    String large = WorstCase.shape(shape, 4 * n);
    time(small, realPos); // warm-up
    String why = null;
    for (int attempt = 0; attempt < 2; attempt++) {
      long t1 = best(small, 3, realPos);
      long t4 = best(large, 2, realPos);
      if (t4 < 10 * t1 + SLACK_NS) {
        return null;
      }
      why = String.format("%s: %d chars %.1f ms, %d chars %.1f ms (ratio %.1f)",
          shape, n, t1 / 1e6, 4 * n, t4 / 1e6, (double) t4 / Math.max(1, t1));
    }
    return why;
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void everyShapeIsLinearInEveryStage() {
    List<String> failures = new ArrayList<>();
    for (String shape : WorstCase.shapes().keySet()) {
      String why = check(shape, N, false);
      if (why != null) {
        failures.add(why);
      }
    }
    if (!failures.isEmpty()) {
      fail("super-linear: " + failures);
    }
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void posTaggerIsLinearOnLongSentences() {
    String why = check("one-sentence", 5_000, true);
    assertTrue(why == null, "super-linear: " + why);
  }

  @Test
  void shapesHaveTheirSize() {
    for (Map.Entry<String, ?> e : WorstCase.shapes().entrySet()) {
      int len = WorstCase.shape(e.getKey(), 1000).length();
      assertTrue(len >= 999 && len <= 1000, e.getKey() + " has " + len + " chars");
    }
  }
}
