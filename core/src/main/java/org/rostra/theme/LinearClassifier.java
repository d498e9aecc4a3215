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
 * A trained theme classifier: multinomial logistic regression over L2-normalised word and
 * word-pair presence features and the log lexicon evidence of every theme. Scores are the
 * softmax probabilities.
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

  final TrainingOptions training;
  final Map<String, Integer> vocab;
  /** [class][feature] word weights. */
  final float[][] w;
  /** [class][theme] lexicon weights. */
  final float[][] v;
  final float[] bias;

  LinearClassifier(ThemeSet set, ThemeOptions options, Lexicon lexicon, TrainingOptions training,
      Map<String, Integer> vocab, float[][] w, float[][] v, float[] bias) {
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

  /** Feature names of a part, in text order, without repeats. */
  static List<String> featureNames(Words words, int from, int to, boolean bigrams) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String prev = null;
    for (int i = from; i < to; i++) {
      String s = words.stems[i];
      if (STOP.contains(words.lower[i]) || s.isEmpty() || isNumber(s)) {
        continue;
      }
      String u = "u:" + s;
      if (seen.add(u)) {
        out.add(u);
      }
      if (bigrams && prev != null) {
        String b = "b:" + prev + " " + s;
        if (seen.add(b)) {
          out.add(b);
        }
      }
      prev = s;
    }
    return out;
  }

  private static boolean isNumber(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Dense lexicon features: log(1 + raw evidence) per theme. */
  static double[] lexFeatures(Part part, int themeCount, Lexicon lexicon) {
    double[] raw = LexiconClassifier.raw(part, themeCount, lexicon);
    for (int t = 0; t < raw.length; t++) {
      raw[t] = Math.log1p(raw[t]);
    }
    return raw;
  }

  private record Example(int[] feats, float norm, double[] lex, double[] target) {}

  private Example encode(Part part, boolean grow) {
    List<String> names = featureNames(part.words(), part.from(), part.to(), training.bigrams());
    int[] f = new int[names.size()];
    int n = 0;
    for (String name : names) {
      Integer id = vocab.get(name);
      if (id != null) {
        f[n++] = id;
      }
    }
    f = Arrays.copyOf(f, n);
    float norm = n == 0 ? 0f : (float) (1.0 / Math.sqrt(n));
    return new Example(f, norm, lexFeatures(part, themes.size(), lexicon), null);
  }

  double[] logits(Example x) {
    int c = themes.size();
    double[] z = new double[c];
    for (int k = 0; k < c; k++) {
      double s = bias[k];
      float[] wk = w[k];
      for (int f : x.feats()) {
        s += wk[f] * x.norm();
      }
      float[] vk = v[k];
      for (int t = 0; t < c; t++) {
        if (x.lex()[t] != 0) {
          s += vk[t] * x.lex()[t];
        }
      }
      z[k] = s;
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
    return softmax(logits(encode(part, false)));
  }

  @Override
  List<TextSpan> evidence(Part part, int theme) {
    List<TextSpan> lex = super.evidence(part, theme);
    // words whose learned weight speaks for the theme
    record Scored(TextSpan span, double weight) {}
    List<Scored> words = new ArrayList<>();
    Words ws = part.words();
    Set<String> done = new HashSet<>();
    for (int i = part.from(); i < part.to(); i++) {
      if (STOP.contains(ws.lower[i])) {
        continue;
      }
      Integer id = vocab.get("u:" + ws.stems[i]);
      if (id != null && w[theme][id] > 0.5f && done.add(ws.stems[i])) {
        words.add(new Scored(TextSpan.of(ws.starts[i], ws.ends[i]), w[theme][id]));
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
    List<List<String>> names = new ArrayList<>();
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
      List<String> fn = featureNames(words, 0, words.size, o.bigrams());
      names.add(fn);
      for (String f : fn) {
        df.merge(f, 1, Integer::sum);
      }
    }
    Map<String, Integer> vocab = new LinkedHashMap<>();
    List<String> kept = new ArrayList<>();
    for (Map.Entry<String, Integer> e : df.entrySet()) {
      if (e.getValue() >= o.minCount()) {
        kept.add(e.getKey());
      }
    }
    kept.sort(null);
    for (String k : kept) {
      vocab.put(k, vocab.size());
    }
    float[][] w = new float[c][vocab.size()];
    float[][] v = new float[c][c];
    float[] bias = new float[c];
    for (int k = 0; k < c; k++) {
      v[k][k] = (float) o.seedStrength();
    }
    LinearClassifier model =
        new LinearClassifier(set, options, lexicon, o, vocab, w, v, bias);
    List<Example> xs = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      Example e = model.encode(parts.get(i), false);
      double[] target = new double[c];
      List<String> ids = data.get(i).themeIds();
      for (String id : ids) {
        target[index.get(id)] += 1.0 / ids.size();
      }
      xs.add(new Example(e.feats(), e.norm(), e.lex(), target));
    }
    model.fit(xs, o);
    return model;
  }

  private void fit(List<Example> xs, TrainingOptions o) {
    int c = themes.size();
    float[][] gw = new float[c][vocab.size()];
    float[][] gv = new float[c][c];
    float[] gb = new float[c];
    float seed = (float) o.seedStrength();
    Random rnd = new Random(o.seed());
    int[] order = new int[xs.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    double lr = o.learningRate();
    for (int epoch = 0; epoch < o.epochs(); epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = rnd.nextInt(i + 1);
        int tmp = order[i];
        order[i] = order[j];
        order[j] = tmp;
      }
      for (int idx : order) {
        Example x = xs.get(idx);
        double[] p = softmax(logits(x));
        for (int k = 0; k < c; k++) {
          double g = p[k] - x.target()[k];
          // bias
          gb[k] += (float) (g * g);
          bias[k] -= (float) (lr * g / Math.sqrt(gb[k] + 1e-8));
          float[] wk = w[k];
          float[] gwk = gw[k];
          if (g != 0) {
            for (int f : x.feats()) {
              double gf = g * x.norm() + o.l2() * wk[f];
              gwk[f] += (float) (gf * gf);
              wk[f] -= (float) (lr * gf / Math.sqrt(gwk[f] + 1e-8));
            }
          }
          float[] vk = v[k];
          float[] gvk = gv[k];
          for (int t = 0; t < c; t++) {
            double lex = x.lex()[t];
            if (lex == 0) {
              continue;
            }
            double prior = t == k ? seed : 0f;
            double gt = g * lex + o.seedL2() * (vk[t] - prior);
            gvk[t] += (float) (gt * gt);
            vk[t] -= (float) (lr * gt / Math.sqrt(gvk[t] + 1e-8));
          }
        }
      }
    }
  }
}
