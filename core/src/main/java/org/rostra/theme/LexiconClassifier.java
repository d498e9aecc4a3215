package org.rostra.theme;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores by weighted evidence: per theme, every distinct matched entry adds {@code weight *
 * (1 + ln count)} (negative cues subtract), clamped at 0; a theme's score is its share of all
 * evidence times a confidence {@code 1 - exp(-total / TAU)} that grows with the total.
 */
final class LexiconClassifier extends BaseClassifier {
  /** The evidence total at which confidence reaches 1 - 1/e. */
  static final double TAU = 2.5;

  LexiconClassifier(ThemeSet set, ThemeOptions options) {
    this(set, options, Lexicon.compile(set.themes()));
  }

  LexiconClassifier(ThemeSet set, ThemeOptions options, Lexicon lexicon) {
    super(set, options, lexicon);
  }

  @Override
  public ThemeClassifier withOptions(ThemeOptions newOptions) {
    return new LexiconClassifier(set, java.util.Objects.requireNonNull(newOptions), lexicon);
  }

  /** Raw evidence per theme in the part. */
  static double[] raw(Part part, int themeCount) {
    double[] raw = new double[themeCount];
    List<Lexicon.Match> ms = part.inside();
    if (ms.isEmpty()) {
      return raw;
    }
    Map<Long, int[]> counts = new HashMap<>();
    Map<Long, Double> weights = new HashMap<>();
    for (Lexicon.Match m : ms) {
      for (int k = 0; k < m.themes().length; k++) {
        long key = ((long) m.entry() << 20) | m.themes()[k];
        counts.computeIfAbsent(key, x -> new int[1])[0]++;
        weights.put(key, m.weights()[k]);
      }
    }
    for (Map.Entry<Long, int[]> e : counts.entrySet()) {
      int theme = (int) (e.getKey() & 0xFFFFF);
      raw[theme] += weights.get(e.getKey()) * (1 + Math.log(e.getValue()[0]));
    }
    for (int t = 0; t < themeCount; t++) {
      raw[t] = Math.max(0, raw[t]);
    }
    return raw;
  }

  @Override
  double[] scores(Part part) {
    double[] raw = raw(part, themes.size());
    double total = 0;
    for (double r : raw) {
      total += r;
    }
    if (total <= 0) {
      return raw;
    }
    double conf = 1 - Math.exp(-total / TAU);
    double[] s = new double[raw.length];
    for (int t = 0; t < raw.length; t++) {
      s[t] = raw[t] / total * conf;
    }
    return s;
  }
}
