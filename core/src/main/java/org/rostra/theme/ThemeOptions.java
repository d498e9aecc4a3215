package org.rostra.theme;

/**
 * How a {@link ThemeClassifier} reports: which levels, how many themes, from which score.
 * Scores below a threshold are not reported; at most top-k themes per document, paragraph or
 * quote, best first.
 *
 * <p>Immutable and thread-safe; the {@code with…} methods return changed copies.
 *
 * @param threshold document-level scores below this are dropped, in [0, 1]
 * @param topK at most this many document-level themes, {@code >= 1}
 * @param partThreshold paragraph- and quote-level scores below this are dropped, in [0, 1]
 * @param partTopK at most this many themes per paragraph or quote, {@code >= 0}
 * @param paragraphs whether paragraph-level themes are reported
 * @param quotes whether quote-level themes are reported (when a quotes layer is present)
 * @since 0.1
 */
public record ThemeOptions(
    double threshold,
    int topK,
    double partThreshold,
    int partTopK,
    boolean paragraphs,
    boolean quotes) {

  /** Checks the ranges. */
  public ThemeOptions {
    if (!(threshold >= 0 && threshold <= 1) || !(partThreshold >= 0 && partThreshold <= 1)) {
      throw new IllegalArgumentException("thresholds must be in [0, 1]");
    }
    if (topK < 1 || partTopK < 0) {
      throw new IllegalArgumentException("topK must be >= 1 and partTopK >= 0");
    }
  }

  /**
   * The defaults: document themes from score 0.05, at most 5; paragraph and quote themes from
   * 0.2, at most 2 each.
   */
  public static ThemeOptions defaults() {
    return new ThemeOptions(0.05, 5, 0.2, 2, true, true);
  }

  /** With another document-level threshold. */
  public ThemeOptions withThreshold(double value) {
    return new ThemeOptions(value, topK, partThreshold, partTopK, paragraphs, quotes);
  }

  /** With another document-level top-k. */
  public ThemeOptions withTopK(int value) {
    return new ThemeOptions(threshold, value, partThreshold, partTopK, paragraphs, quotes);
  }

  /** With another paragraph- and quote-level threshold. */
  public ThemeOptions withPartThreshold(double value) {
    return new ThemeOptions(threshold, topK, value, partTopK, paragraphs, quotes);
  }

  /** With another paragraph- and quote-level top-k. */
  public ThemeOptions withPartTopK(int value) {
    return new ThemeOptions(threshold, topK, partThreshold, value, paragraphs, quotes);
  }

  /** With paragraph-level themes on or off. */
  public ThemeOptions withParagraphs(boolean value) {
    return new ThemeOptions(threshold, topK, partThreshold, partTopK, value, quotes);
  }

  /** With quote-level themes on or off. */
  public ThemeOptions withQuotes(boolean value) {
    return new ThemeOptions(threshold, topK, partThreshold, partTopK, paragraphs, value);
  }
}
