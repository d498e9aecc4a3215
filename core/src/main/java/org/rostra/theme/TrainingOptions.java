package org.rostra.theme;

/**
 * How {@link ThemeClassifiers#train} learns. The model is a multinomial logistic regression
 * over word features (word stems, word pairs, word prefixes) plus the lexicon evidence of
 * every theme; the lexicon weights start at {@code seedStrength} on the diagonal (a theme's
 * keywords speak for it) and are pulled back towards that start by {@code seedL2}, so a few
 * examples adjust the seeds while many examples can override them.
 *
 * <p>Theme frequencies (the model's bias) are learned only when the examples' theme counts
 * are unbalanced (the most frequent theme has more than twice the examples of the least
 * frequent one): a sample of k examples per theme says nothing about how often the themes
 * occur, and the lexicon's own preferences are then kept.
 *
 * <p>Both penalties are priors on the whole training objective (the sum of the examples'
 * log-losses): their pull per example is the penalty divided by the number of examples, so
 * it weakens as data grows, like any Bayesian prior.
 *
 * <p>Immutable; the {@code with…} methods return changed copies.
 *
 * @param seed random seed of the example order: equal seeds and data give equal models
 * @param epochs passes over the examples, {@code >= 1}
 * @param learningRate AdaGrad step size, {@code > 0}
 * @param l2 L2 penalty of the word weights (total, divided by the number of examples per
 *     update) up to 100 examples per theme; with more examples its pull per update stays at
 *     {@code l2 / (100 * themes)}, so its total grows with the data (thousands of noisily
 *     labelled news headlines want a stronger prior on their many rare word features),
 *     {@code >= 0}
 * @param seedStrength starting weight of a theme's own lexicon evidence, {@code >= 0}
 * @param seedL2 pull of the lexicon weights towards their start (total, like {@code l2}),
 *     with its full strength up to 20 examples per theme; with more examples it is scaled by
 *     {@code 20 * themes / examples}, so that plentiful data, not the lexicon, decides,
 *     {@code >= 0}
 * @param minCount a word feature is kept when it occurs in at least this many examples
 * @param bigrams whether pairs of adjacent words are features too (content-word stems, and
 *     the lower-case forms of any two adjacent words)
 * @param pairWindow content words 2 to {@code pairWindow - 1} content words apart form an
 *     unordered pair feature ({@code <= 2}: none beyond the adjacent {@code bigrams}),
 *     {@code >= 0}
 * @param prefixLength words longer than this also give their first {@code prefixLength}
 *     letters as a feature, for inflections and derivations the stemmer does not join
 *     ({@code 0}: none), {@code >= 0}
 * @since 0.1
 */
public record TrainingOptions(
    long seed,
    int epochs,
    double learningRate,
    double l2,
    double seedStrength,
    double seedL2,
    int minCount,
    boolean bigrams,
    int pairWindow,
    int prefixLength) {

  /** Checks the ranges. */
  public TrainingOptions {
    if (epochs < 1 || !(learningRate > 0) || !(l2 >= 0) || !(seedStrength >= 0)
        || !(seedL2 >= 0) || minCount < 1 || pairWindow < 0 || prefixLength < 0
        || Double.isInfinite(l2) || Double.isInfinite(seedStrength)
        || Double.isInfinite(seedL2) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException(
          "need epochs >= 1, finite learningRate > 0, l2 >= 0, seedStrength >= 0, seedL2 >= 0,"
              + " minCount >= 1, pairWindow >= 0, prefixLength >= 0");
    }
  }

  /**
   * The defaults: seed 42, 20 epochs, learning rate 0.1, l2 1, seed strength 2, seed L2 300,
   * min count 1, bigrams on, pair window 4, prefix length 5.
   */
  public static TrainingOptions defaults() {
    return new TrainingOptions(42L, 20, 0.1, 1.0, 2.0, 300.0, 1, true, 4, 5);
  }

  /** With another random seed. */
  public TrainingOptions withSeed(long value) {
    return new TrainingOptions(value, epochs, learningRate, l2, seedStrength, seedL2, minCount,
        bigrams, pairWindow, prefixLength);
  }

  /** With another number of epochs. */
  public TrainingOptions withEpochs(int value) {
    return new TrainingOptions(seed, value, learningRate, l2, seedStrength, seedL2, minCount,
        bigrams, pairWindow, prefixLength);
  }

  /** With another learning rate. */
  public TrainingOptions withLearningRate(double value) {
    return new TrainingOptions(seed, epochs, value, l2, seedStrength, seedL2, minCount, bigrams,
        pairWindow, prefixLength);
  }

  /** With another L2 penalty of the word weights. */
  public TrainingOptions withL2(double value) {
    return new TrainingOptions(seed, epochs, learningRate, value, seedStrength, seedL2, minCount,
        bigrams, pairWindow, prefixLength);
  }

  /** With another seed strength (0: ignore the keywords). */
  public TrainingOptions withSeedStrength(double value) {
    return new TrainingOptions(seed, epochs, learningRate, l2, value, seedL2, minCount, bigrams,
        pairWindow, prefixLength);
  }

  /** With another pull towards the seeds. */
  public TrainingOptions withSeedL2(double value) {
    return new TrainingOptions(seed, epochs, learningRate, l2, seedStrength, value, minCount,
        bigrams, pairWindow, prefixLength);
  }

  /** With another minimum feature count. */
  public TrainingOptions withMinCount(int value) {
    return new TrainingOptions(seed, epochs, learningRate, l2, seedStrength, seedL2, value,
        bigrams, pairWindow, prefixLength);
  }

  /** With word pairs on or off. */
  public TrainingOptions withBigrams(boolean value) {
    return new TrainingOptions(seed, epochs, learningRate, l2, seedStrength, seedL2, minCount,
        value, pairWindow, prefixLength);
  }

  /** With another window for unordered content-word pairs (0: none). */
  public TrainingOptions withPairWindow(int value) {
    return new TrainingOptions(seed, epochs, learningRate, l2, seedStrength, seedL2, minCount,
        bigrams, value, prefixLength);
  }

  /** With another word-prefix length (0: no prefix features). */
  public TrainingOptions withPrefixLength(int value) {
    return new TrainingOptions(seed, epochs, learningRate, l2, seedStrength, seedL2, minCount,
        bigrams, pairWindow, value);
  }
}
