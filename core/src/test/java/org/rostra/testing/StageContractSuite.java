package org.rostra.testing;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rostra.Annotator;

/**
 * The three contract tests every stage's test class runs, written once: extend it and pass
 * the annotator under test and its texts to the constructor. Fixed texts get the full
 * {@link StageContract#check}; random nasty texts get every invariant
 * ({@link StageContract#checkNastyTexts}) and, fewer of them, the full contract
 * ({@link StageContract#checkRandomTexts}).
 */
public abstract class StageContractSuite {
  private final Annotator annotator;
  private final List<String> texts;
  private final int nastyExamples;
  private final int randomTexts;

  /**
   * @param annotator the annotator under test
   * @param texts the fixed texts (see {@link StageContract#texts})
   * @param nastyExamples how many random nasty texts to check the invariants on
   * @param randomTexts how many random nasty texts to run the full contract on
   */
  protected StageContractSuite(
      Annotator annotator, List<String> texts, int nastyExamples, int randomTexts) {
    this.annotator = annotator;
    this.texts = texts;
    this.nastyExamples = nastyExamples;
    this.randomTexts = randomTexts;
  }

  @Test
  void fixedTextsPassTheContract() {
    StageContract.check(annotator, texts);
  }

  @Test
  void randomNastyTextsKeepEveryInvariant() {
    StageContract.checkNastyTexts(annotator, nastyExamples);
  }

  @Test
  void randomTextsPassTheFullContract() {
    StageContract.checkRandomTexts(annotator, randomTexts);
  }
}
