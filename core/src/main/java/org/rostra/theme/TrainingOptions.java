package org.rostra.theme;

/**
 * How {@link ThemeClassifiers#train} learns. The model is a multinomial logistic regression
 * over word and word-pair features plus the lexicon evidence of every theme; the lexicon
 * weights start at {@code seedStrength} on the diagonal (a theme's keywords speak for it)
 * and are pulled back towards that start by {@code seedL2}, so a few examples adjust the
 * seeds while many examples can override them.
 *
 * <p>Immutable; the {@code with…} methods return changed copies.
 *
 * @param seed random seed of the example order: equal seeds and data give equal models
 * @param epochs passes over the examples, {@code >= 1}
 * @param learningRate AdaGrad step size, {@code > 0}
 * @param l2 L2 penalty of the word weights, {@code >= 0}
 * @param seedStrength starting weight of a theme's own lexicon evidence, {@code >= 0}
 * @param seedL2 pull of the lexicon weights towards their start, {@code >= 0}
 * @param minCount a word feature is kept when it occurs in at least this many examples
 * @param bigrams whether word pairs are features too
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
    boolean bigrams) {

  /** Checks the ranges. */
  public TrainingOptions {
    if (epochs < 1 || !(learningRate > 0) || !(l2 >= 0) || !(seedStrength >= 0)
        || !(seedL2 >= 0) || minCount < 1) {
      throw new IllegalArgumentException(
          "need epochs >= 1, learningRate > 0, l2 >= 0, seedStrength >= 0, seedL2 >= 0,"
              + " minCount >= 1");
    }
  }

  /** The defaults (seed 42). */
  public static TrainingOptions defaults() {
    return new TrainingOptions(42L, 20, 0.1, 1e-5, 2.0, 0.1, 1, true);
  }

  /** With another random seed. */
  public TrainingOptions withSeed(long value) {
    return new TrainingOptions(value, epochs, learningRate, l2, seedStrength, seedL2, minCount,
        bigrams);
  }

  /** With another number of epochs. */
  public TrainingOptions withEpochs(int value) {
    return new TrainingOptions(seed, value, learningRate, l2, seedStrength, seedL2, minCount,
        bigrams);
  }

  /** With another learning rate. */
  public TrainingOptions withLearningRate(double value) {
    return new TrainingOptions(seed, epochs, value, l2, seedStrength, seedL2, minCount, bigrams);
  }

  /** With another L2 penalty of the word weights. */
  public TrainingOptions withL2(double value) {
    return new TrainingOptions(seed, epochs, learningRate, value, seedStrength, seedL2, minCount,
        bigrams);
  }

  /** With another seed strength (0: ignore the keywords). */
  public TrainingOptions withSeedStrength(double value) {
    return new TrainingOptions(seed, epochs, learningRate, l2, value, seedL2, minCount, bigrams);
  }

  /** With another pull towards the seeds. */
  public TrainingOptions withSeedL2(double value) {
    return new TrainingOptions(seed, epochs, learningRate, l2, seedStrength, value, minCount,
        bigrams);
  }

  /** With another minimum feature count. */
  public TrainingOptions withMinCount(int value) {
    return new TrainingOptions(seed, epochs, learningRate, l2, seedStrength, seedL2, value,
        bigrams);
  }

  /** With word pairs on or off. */
  public TrainingOptions withBigrams(boolean value) {
    return new TrainingOptions(seed, epochs, learningRate, l2, seedStrength, seedL2, minCount,
        value);
  }
}
