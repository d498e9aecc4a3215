package org.rostra.theme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.rostra.AnnotationException;
import org.rostra.ErrorCode;
import org.rostra.doc.TextSpan;

/**
 * A trained theme classifier: multinomial logistic regression over L2-normalised presence
 * of word features ({@link #featureNames}) and the log lexicon evidence of every theme.
 * Scores are the softmax probabilities. Weights are stored feature-major ({@code [feature *
 * classes + class]}) so that an example's updates touch few cache lines. Immutable after
 * training; prediction is thread-safe.
 */
final class LinearClassifier extends BaseClassifier {
  static final Set<String> STOP =
      Set.of("a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "by", "with", "at",
          "from", "as", "is", "are", "be", "was", "were", "it", "its", "this", "that", "these",
          "those", "other", "purpose", "amend", "act", "bill", "provide", "certain", "into",
          "his", "her", "their", "he", "she", "they", "we", "i", "you", "has", "have", "had",
          "not", "but", "will", "would", "can", "could", "may", "said", "say", "says", "about",
          "after", "over", "up", "out", "new", "more", "than", "which", "who", "what", "been",
          "also", "our", "us", "s", "mr", "one", "two");

  /**
   * Examples per theme up to which the seed prior keeps its full total strength (the few-shot
   * regime); with more examples its total falls in proportion (tuned on an inner split).
   */
  static final int FEW_SHOT = 20;

  /**
   * Examples per theme up to which the word prior keeps its total strength; with more
   * examples its total grows in proportion (tuned on an inner split).
   */
  static final int WORD_PRIOR = 100;

  final TrainingOptions training;
  final Map<String, Integer> vocab;
  /** [feature * c + class] word weights. */
  final float[] w;
  /** [theme * c + class] lexicon weights. */
  final float[] v;
  final float[] bias;

  LinearClassifier(ThemeSet set, ThemeOptions options, Lexicon lexicon, TrainingOptions training,
      Map<String, Integer> vocab, float[] w, float[] v, float[] bias) {
    super(set, options, lexicon);
    this.training = training;
    this.vocab = vocab;
    this.w = w;
    this.v = v;
    this.bias = bias;
  }

  @Override
  public ThemeClassifier withOptions(ThemeOptions newOptions) {
    return new LinearClassifier(set, Objects.requireNonNull(newOptions), lexicon, training, vocab,
        w, v, bias);
  }

  /**
   * Feature names of a part, in text order, without repeats: content-word stems {@code u:},
   * adjacent content-stem pairs {@code b:} and adjacent lower-case word pairs {@code a:}
   * (bigrams), unordered content-stem pairs within the pair window {@code q:}, word prefixes
   * {@code p:}.
   */
  static List<String> featureNames(Words words, int from, int to, TrainingOptions o) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    if (o.bigrams()) {
      for (int i = from + 1; i < to; i++) {
        add("a:" + words.lower[i - 1] + " " + words.lower[i], seen, out);
      }
    }
    String[] content = new String[Math.max(0, to - from)];
    int n = 0;
    int prefix = o.prefixLength();
    for (int i = from; i < to; i++) {
      String s = contentStem(words, i);
      if (s == null) {
        continue;
      }
      add("u:" + s, seen, out);
      if (prefix > 0 && s.length() > prefix) {
        add("p:" + s.substring(0, prefix), seen, out);
      }
      if (o.bigrams() && n > 0) {
        add("b:" + content[n - 1] + " " + s, seen, out);
      }
      // unordered pairs with the content words 2 .. pairWindow - 1 places back
      for (int back = 2; back < o.pairWindow() && n - back >= 0; back++) {
        String t = content[n - back];
        add(t.compareTo(s) < 0 ? "q:" + t + " " + s : "q:" + s + " " + t, seen, out);
      }
      content[n++] = s;
    }
    return out;
  }

  /**
   * The stem word i contributes as a content word, or {@code null} for a stop word or a
   * number. The dotted abbreviation {@code U.S.} (whose lower-case form is the pronoun
   * {@code us}, a stop word) is the content word {@code u.s}: in news about policy it is a
   * strong cue (for Defense against International Affairs, say).
   */
  static String contentStem(Words words, int i) {
    if (words.dotted[i] && words.lower[i].equals("us")) {
      return "u.s";
    }
    String s = words.stems[i];
    if (STOP.contains(words.lower[i]) || s.isEmpty() || isNumber(s)) {
      return null;
    }
    return s;
  }

  private static void add(String feature, Set<String> seen, List<String> out) {
    if (seen.add(feature)) {
      out.add(feature);
    }
  }

  private static boolean isNumber(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** An encoded text: sparse word features, sparse lexicon evidence, training target. */
  private record Example(int[] feats, float[] vals, int[] lexThemes, float[] lexVals,
      double[] target) {}

  private Example encode(Part part) {
    List<String> names = featureNames(part.words(), part.from(), part.to(), training);
    int[] f = new int[names.size()];
    float[] x = new float[names.size()];
    int n = 0;
    double ss = 0;
    for (String name : names) {
      Integer id = vocab.get(name);
      if (id != null) {
        f[n] = id;
        x[n] = 1f;
        ss += 1;
        n++;
      }
    }
    f = Arrays.copyOf(f, n);
    x = Arrays.copyOf(x, n);
    if (ss > 0) {
      float inv = (float) (1.0 / Math.sqrt(ss));
      for (int i = 0; i < n; i++) {
        x[i] *= inv;
      }
    }
    double[] raw = LexiconClassifier.raw(part, themes.size(), lexicon);
    int m = 0;
    for (double r : raw) {
      if (r > 0) {
        m++;
      }
    }
    int[] lt = new int[m];
    float[] lv = new float[m];
    m = 0;
    for (int t = 0; t < raw.length; t++) {
      if (raw[t] > 0) {
        lt[m] = t;
        lv[m++] = (float) Math.log1p(raw[t]);
      }
    }
    return new Example(f, x, lt, lv, null);
  }

  private double[] logits(Example x, double[] z) {
    int c = z.length;
    for (int k = 0; k < c; k++) {
      z[k] = bias[k];
    }
    int[] fs = x.feats();
    float[] vs = x.vals();
    for (int i = 0; i < fs.length; i++) {
      int o = fs[i] * c;
      float xv = vs[i];
      for (int k = 0; k < c; k++) {
        z[k] += w[o + k] * xv;
      }
    }
    int[] lt = x.lexThemes();
    float[] lv = x.lexVals();
    for (int i = 0; i < lt.length; i++) {
      int o = lt[i] * c;
      for (int k = 0; k < c; k++) {
        z[k] += v[o + k] * lv[i];
      }
    }
    return z;
  }

  static double[] softmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double x : z) {
      max = Math.max(max, x);
    }
    double sum = 0;
    double[] p = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      p[i] = Math.exp(z[i] - max);
      sum += p[i];
    }
    for (int i = 0; i < z.length; i++) {
      p[i] /= sum;
    }
    return p;
  }

  @Override
  double[] scores(Part part) {
    if (part.to() <= part.from()) {
      return new double[themes.size()];
    }
    return softmax(logits(encode(part), new double[themes.size()]));
  }

  @Override
  List<TextSpan> evidence(Part part, int theme) {
    List<TextSpan> lex = super.evidence(part, theme);
    // words whose learned weight speaks for the theme
    record Scored(TextSpan span, double weight) {}
    List<Scored> words = new ArrayList<>();
    Words ws = part.words();
    Set<String> done = new HashSet<>();
    int c = themes.size();
    for (int i = part.from(); i < part.to(); i++) {
      String stem = contentStem(ws, i);
      if (stem == null) {
        continue;
      }
      Integer id = vocab.get("u:" + stem);
      if (id != null && w[id * c + theme] > 0.5f && done.add(stem)) {
        words.add(new Scored(TextSpan.of(ws.starts[i], ws.ends[i]), w[id * c + theme]));
      }
    }
    words.sort((a, b) -> Double.compare(b.weight(), a.weight()));
    List<TextSpan> out = new ArrayList<>(lex);
    for (Scored s : words.subList(0, Math.min(8, words.size()))) {
      boolean overlaps = false;
      for (TextSpan l : lex) {
        overlaps |= l.overlaps(s.span());
      }
      if (!overlaps) {
        out.add(s.span());
      }
    }
    out.sort(null);
    return out.size() > MAX_EVIDENCE ? List.copyOf(out.subList(0, MAX_EVIDENCE)) : out;
  }

  // ---------------------------------------------------------------- training

  static LinearClassifier train(ThemeSet set, List<LabelledText> given, TrainingOptions o,
      ThemeOptions options) {
    Lexicon lexicon = Lexicon.compile(set.themes());
    List<Theme> themes = set.themes();
    int c = themes.size();
    Map<String, Integer> index = new HashMap<>();
    for (int t = 0; t < c; t++) {
      index.put(themes.get(t).id(), t);
    }
    List<LabelledText> data = new ArrayList<>(given);
    for (Theme t : themes) {
      for (String e : t.examples()) {
        data.add(LabelledText.of(e, t.id()));
      }
    }
    if (data.isEmpty()) {
      throw new AnnotationException(ErrorCode.CONFIG_INVALID,
          "no labelled text to train on (neither given nor as theme examples)");
    }
    // features and their document counts
    List<Part> parts = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (int i = 0; i < data.size(); i++) {
      LabelledText lt = data.get(i);
      for (String id : lt.themeIds()) {
        if (!index.containsKey(id)) {
          throw new AnnotationException(ErrorCode.THEMES_INVALID,
              "labelled text " + i + " has theme id '" + id + "' which is not in theme set '"
                  + set.name() + "' (ids: " + set.ids() + ")");
        }
      }
      Words words = Words.scan(lt.text());
      Part p = Part.whole(lt.text(), words, lexicon.match(lt.text(), words));
      parts.add(p);
      for (String f : featureNames(words, 0, words.size, o)) {
        df.merge(f, 1, Integer::sum);
      }
    }
    List<String> kept = new ArrayList<>();
    for (Map.Entry<String, Integer> e : df.entrySet()) {
      if (e.getValue() >= o.minCount()) {
        kept.add(e.getKey());
      }
    }
    kept.sort(null);
    Map<String, Integer> vocab = new LinkedHashMap<>();
    for (String k : kept) {
      vocab.put(k, vocab.size());
    }
    float[] w = new float[vocab.size() * c];
    float[] v = new float[c * c];
    float[] bias = new float[c];
    for (int k = 0; k < c; k++) {
      v[k * c + k] = (float) o.seedStrength();
    }
    LinearClassifier model = new LinearClassifier(set, options, lexicon, o, vocab, w, v, bias);
    List<Example> xs = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      Example ex = model.encode(parts.get(i));
      double[] target = new double[c];
      List<String> ids = data.get(i).themeIds();
      for (String id : ids) {
        target[index.get(id)] += 1.0 / ids.size();
      }
      xs.add(new Example(ex.feats(), ex.vals(), ex.lexThemes(), ex.lexVals(), target));
    }
    parts.clear();
    model.fit(xs, o, learnPriors(xs, c));
    // a new instance whose final fields are frozen after the weights are final: safely
    // published to any thread
    return new LinearClassifier(set, options, lexicon, o, vocab, w, v, bias);
  }

  /**
   * Whether the examples' theme frequencies are worth learning as a prior (the bias): not
   * when they are balanced (the most frequent theme has at most twice the examples of the
   * least frequent one that has any), as in a sample of k examples per theme, whose uniform
   * frequencies say nothing about the texts to be classified.
   */
  static boolean learnPriors(List<Example> xs, int c) {
    double[] count = new double[c];
    for (Example x : xs) {
      for (int k = 0; k < c; k++) {
        count[k] += x.target()[k];
      }
    }
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (double n : count) {
      if (n > 0) {
        min = Math.min(min, n);
        max = Math.max(max, n);
      }
    }
    return max > 2 * min;
  }

  /**
   * AdaGrad over the examples in a seeded shuffled order per epoch; the L2 penalties are
   * priors on the summed loss, applied to the weights an example touches, 1/n of them per
   * update.
   */
  private void fit(List<Example> xs, TrainingOptions o, boolean priors) {
    int c = themes.size();
    int n = xs.size();
    float[] gw = new float[w.length];
    float[] gv = new float[v.length];
    float[] gb = new float[c];
    // the word prior keeps its total up to WORD_PRIOR examples per theme; beyond that its
    // pull per update stays constant, so that its total grows with the data
    double l2 = o.l2() / Math.min(n, (double) WORD_PRIOR * c);
    // the pull towards the seeds keeps its few-shot strength up to FEW_SHOT examples per
    // theme; beyond that its total fades as 1/n, so that the data, not the lexicon, decides
    double sl2 = o.seedL2() / n * Math.min(1.0, (double) FEW_SHOT * c / n);
    float seed = (float) o.seedStrength();
    Random rnd = new Random(o.seed());
    int[] order = new int[n];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    double lr = o.learningRate();
    double[] z = new double[c];
    double[] g = new double[c];
    for (int epoch = 0; epoch < o.epochs(); epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = rnd.nextInt(i + 1);
        int tmp = order[i];
        order[i] = order[j];
        order[j] = tmp;
      }
      for (int idx : order) {
        Example x = xs.get(idx);
        double[] p = softmax(logits(x, z));
        for (int k = 0; k < c; k++) {
          g[k] = p[k] - x.target()[k];
          gb[k] += (float) (g[k] * g[k]);
          if (priors) {
            bias[k] -= (float) (lr * g[k] / Math.sqrt(gb[k] + 1e-8));
          }
        }
        int[] fs = x.feats();
        float[] vs = x.vals();
        for (int i = 0; i < fs.length; i++) {
          int off = fs[i] * c;
          for (int k = 0; k < c; k++) {
            double gf = g[k] * vs[i] + l2 * w[off + k];
            gw[off + k] += (float) (gf * gf);
            w[off + k] -= (float) (lr * gf / Math.sqrt(gw[off + k] + 1e-8));
          }
        }
        int[] lt = x.lexThemes();
        float[] lv = x.lexVals();
        for (int i = 0; i < lt.length; i++) {
          int t = lt[i];
          int off = t * c;
          for (int k = 0; k < c; k++) {
            double prior = t == k ? seed : 0f;
            double gt = g[k] * lv[i] + sl2 * (v[off + k] - prior);
            gv[off + k] += (float) (gt * gt);
            v[off + k] -= (float) (lr * gt / Math.sqrt(gv[off + k] + 1e-8));
          }
        }
      }
    }
  }
}
