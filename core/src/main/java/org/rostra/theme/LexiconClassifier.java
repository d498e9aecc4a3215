package org.rostra.theme;

import java.util.List;

/**
 * Scores by weighted evidence: per theme, every distinct matched entry adds {@code weight *
 * (1 + ln count)} (negative cues subtract; phrases count a little more, see {@link
 * #PHRASE_BONUS}), clamped at 0; a theme's score is its share of all
 * evidence times a confidence {@code 1 - exp(-total / TAU)} that grows with the total.
 */
final class LexiconClassifier extends BaseClassifier {
  /** The evidence total at which confidence reaches 1 - 1/e. */
  static final double TAU = 2.5;

  /**
   * A phrase is more specific than a word: a positive entry of two words counts {@code 1 +
   * PHRASE_BONUS} times its weight, of three or more words {@code 1 + 2 * PHRASE_BONUS} times.
   */
  static final double PHRASE_BONUS = 0.3;

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
  static double[] raw(Part part, int themeCount, Lexicon lexicon) {
    double[] raw = new double[themeCount];
    List<Lexicon.Match> ms = part.inside();
    if (ms.isEmpty()) {
      return raw;
    }
    // one key per (entry, theme) occurrence; sorted, equal keys form a run = the count
    int n = 0;
    for (Lexicon.Match m : ms) {
      n += m.themes().length;
    }
    long[] keys = new long[n];
    int k = 0;
    for (Lexicon.Match m : ms) {
      int words = Math.min(3, m.to() - m.from());
      for (int j = 0; j < m.themes().length; j++) {
        keys[k++] = ((long) m.entry() << 22) | ((long) (words - 1) << 20) | m.themes()[j];
      }
    }
    java.util.Arrays.sort(keys);
    int i = 0;
    while (i < n) {
      int j = i;
      while (j < n && keys[j] == keys[i]) {
        j++;
      }
      int theme = (int) (keys[i] & 0xFFFFF);
      int entry = (int) (keys[i] >>> 22);
      int extraWords = (int) ((keys[i] >>> 20) & 3);
      double w = lexicon.weight(entry, theme);
      raw[theme] += w * (w > 0 ? 1 + PHRASE_BONUS * extraWords : 1) * (1 + Math.log(j - i));
      i = j;
    }
    for (int t = 0; t < themeCount; t++) {
      raw[t] = Math.max(0, raw[t]);
    }
    return raw;
  }

  @Override
  double[] scores(Part part) {
    double[] raw = raw(part, themes.size(), lexicon);
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
