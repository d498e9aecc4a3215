package org.rostra.models.en.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;
import org.rostra.AnnotationRequest;
import org.rostra.Annotator;
import org.rostra.doc.Document;
import org.rostra.testing.StageContract;
import org.rostra.testing.Texts;

/**
 * Hostile text through the full pipeline with the real resources: no input makes it throw,
 * and every span invariant of {@link StageContract#checkInvariants} holds. The cases add up
 * to {@link Texts#examples()} (10^4 by default, 10^5 with {@code -Pproperties-1e5}); lemmas
 * (OpenNLP, slow) run on a hundredth of them.
 */
class HostileTextPropertiesTest {
  static final Annotator FULL = Pipelines.full().build();
  static final Annotator WITH_LEMMAS = Pipelines.full().lemmas().build();
  static final AtomicLong CASES = new AtomicLong();

  static void ok(Annotator a, String text) {
    CASES.incrementAndGet();
    Document d = a.annotate(AnnotationRequest.of("hostile", text));
    assertEquals(text, d.text());
    StageContract.checkInvariants(d);
  }

  static void run(Gen<String> gen, int per10k) {
    int n = Math.max(20, Texts.examples() * per10k / 10_000);
    qt().withExamples(n).forAll(gen).checkAssert(t -> ok(FULL, t));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void everythingMixed() {
    run(Texts.hostile(), 4_000);
    run(Texts.nasty(), 1_000);
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void quoteMarksOfEveryStyleUnbalancedAndNested() {
    run(Texts.quoteMarks(), 1_500);
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void surrogatesCombiningMarksEmoji() {
    run(Texts.brokenUnicode(), 1_500);
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void rightToLeftAndMixedScripts() {
    run(Texts.mixedScripts(), 1_000);
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void controlCharactersAndOddWhitespace() {
    run(Texts.controls(), 500);
    run(Texts.whitespaceOnly(), 500);
    ok(FULL, "");
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void hundredThousandCharTokens() {
    qt().withExamples(Math.max(4, Texts.examples() / 2_500))
        .forAll(Texts.hugeToken())
        .checkAssert(t -> ok(FULL, t));
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void lemmasOnFewerCases() {
    qt().withExamples(Math.max(20, Texts.examples() / 100))
        .forAll(Texts.hostile())
        .checkAssert(t -> ok(WITH_LEMMAS, t));
    qt().withExamples(Math.max(10, Texts.examples() / 200))
        .forAll(Texts.brokenUnicode())
        .checkAssert(t -> ok(WITH_LEMMAS, t));
  }

  @AfterAll
  static void report() {
    System.out.println("[reliability] hostile-text cases run: " + CASES.get());
  }
}
