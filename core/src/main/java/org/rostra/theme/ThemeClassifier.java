package org.rostra.theme;

import java.util.List;
import org.rostra.Stage;
import org.rostra.doc.ThemeScore;

/**
 * Scores texts against a {@link ThemeSet}. As a {@link Stage} it adds the themes layer
 * ({@link org.rostra.doc.Layers#THEMES}): document-level scores, paragraph-level scores and,
 * when the document has a quotes layer, quote-level scores, each with the evidence spans that
 * fired. Scores are in [0, 1] and comparable across documents. Created by {@link
 * ThemeClassifiers}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public interface ThemeClassifier extends Stage {

  /** The themes it scores. */
  ThemeSet themes();

  /** How it reports. */
  ThemeOptions options();

  /** The same classifier reporting with other options. */
  ThemeClassifier withOptions(ThemeOptions options);

  /**
   * Document-level scores of a plain text (no pipeline needed), best first, filtered by the
   * options' threshold and top-k.
   */
  List<ThemeScore> classify(String text);

  /**
   * Document-level scores of every theme, in the order of {@link #themes()}, without
   * threshold or evidence: for evaluation and calibration.
   */
  double[] scoreAll(String text);
}
