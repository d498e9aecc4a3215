package org.rostra.tokenize;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import org.rostra.AnnotationException;
import org.rostra.ErrorCode;
import org.rostra.doc.Document;
import org.rostra.doc.Layers;
import org.rostra.doc.Sentence;
import org.rostra.doc.Token;
import org.rostra.internal.Resources;

/**
 * Universal POS tags with the weights of the OpenNLP UD English maximum-entropy model, decoded
 * greedily (beam of 1) instead of OpenNLP's beam of 3.
 *
 * <p>The model's features are computed here, the same strings the model's own context
 * generator makes ({@code def}, 4 prefixes and suffixes, the lowercased word and its two
 * neighbours on each side, sentence begin, token class, the two previous tags), but split in
 * two: what depends on the words only is summed once per word type per document (a word's own
 * features into one vector, its window features as rows of a dense weight table), and only
 * the two previous-tag features are added per decision. The tag is the arg-max of the summed
 * weights: the model's probabilities are a monotone function of them, so no exponential is
 * computed. {@code PosFeatureParityTest} checks the features against OpenNLP's generator,
 * docs/performance.md gives the agreement with OpenNLP's beam-3 tags.
 *
 * <p>Immutable and thread-safe: the weight table is read-only; the per-document cache is a
 * local of {@link #process}.
 */
final class PosTaggerStage extends PosStage {
  private static final String BEGIN = "begin";

  /** The outcome names, in the model's order. */
  private final String[] tags;

  private final int n;
  /** Dense weights (as floats: half the memory traffic): predicate p, outcome o at {@code p * n + o}. */
  private final float[] weights;

  private final Map<String, Integer> predicates;
  private final int def;
  private final int sBegin;
  private final int p1sBegin;
  private final int p2sBegin;
  /** The weights of {@code t=TAG1} at {@code tag1 * n}. */
  private final float[] prevTag;
  /** The weights of {@code t=TAG1} plus {@code t2=TAG2,TAG1} at {@code (tag2 * n + tag1) * n}. */
  private final float[] prevTwoTags;
  /**
   * The word types the model has seen ({@code w=} features), lowercased and capitalized,
   * computed once; read-only after construction.
   */
  private final Map<String, Word> known;

  PosTaggerStage(MaxentModel maxent) {
    if (!(maxent instanceof AbstractModel model)
        || model.getModelType() != AbstractModel.ModelType.Maxent) {
      throw new AnnotationException(
          ErrorCode.RESOURCE_INVALID,
          "POS model is not a GIS maximum-entropy model: " + maxent.getClass().getName());
    }
    Object[] data = model.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    this.tags = outcomes.clone();
    this.n = outcomes.length;
    double[] sums = new double[pmap.size() * n];
    Map<String, Integer> index = new HashMap<>(pmap.size() * 2);
    int p = 0;
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      int[] os = e.getValue().getOutcomes();
      double[] ws = e.getValue().getParameters();
      for (int k = 0; k < os.length; k++) {
        sums[p * n + os[k]] += ws[k];
      }
      index.put(e.getKey(), p);
      p++;
    }
    this.weights = new float[sums.length];
    for (int i = 0; i < sums.length; i++) {
      weights[i] = (float) sums[i];
    }
    this.predicates = index;
    this.def = row("def");
    this.sBegin = row("S=" + BEGIN);
    this.p1sBegin = row("p1S=" + BEGIN);
    this.p2sBegin = row("p2S=" + BEGIN);
    this.prevTag = new float[n * n];
    this.prevTwoTags = new float[n * n * n];
    for (int b = 0; b < n; b++) {
      addRow(prevTag, b * n, row("t=" + tags[b]));
      for (int a = 0; a < n; a++) {
        addRow(prevTwoTags, (a * n + b) * n, row("t=" + tags[b]));
        addRow(prevTwoTags, (a * n + b) * n, row("t2=" + tags[a] + "," + tags[b]));
      }
    }
    Map<String, Word> words = new HashMap<>();
    for (String predicate : pmap.keySet()) {
      if (predicate.startsWith("w=") && predicate.length() > 2) {
        String w = predicate.substring(2);
        words.put(w, word(w));
        String cap = w.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + w.substring(1);
        if (!cap.equals(w)) {
          words.put(cap, word(cap));
        }
      }
    }
    this.known = words;
  }

  private void addRow(float[] to, int at, int row) {
    if (row >= 0) {
      for (int o = 0; o < n; o++) {
        to[at + o] += weights[row + o];
      }
    }
  }

  static PosTaggerStage load(Resources resources) {
    POSModel model = model(resources);
    MaxentModel maxent = model.getArtifact("pos.model");
    if (maxent == null) {
      throw new AnnotationException(
          ErrorCode.RESOURCE_INVALID, "POS model 'opennlp/pos' has no pos.model artifact");
    }
    return new PosTaggerStage(maxent);
  }

  /** The offset of a predicate's weights, or -1 when the model does not know it. */
  private int row(String predicate) {
    Integer p = predicates.get(predicate);
    return p == null ? -1 : p * n;
  }

  @Override
  public Document process(Document document) {
    List<Token> tokens = document.tokens();
    String[] out = new String[tokens.size()];
    Arrays.fill(out, "X");
    Map<String, Word> words = new HashMap<>();
    float[] score = new float[n];
    Word[] sentence = new Word[64];
    for (Sentence s : document.sentences()) {
      int begin = s.tokens().begin();
      int len = s.tokens().end() - begin;
      if (sentence.length < len) {
        sentence = new Word[Math.max(len, sentence.length * 2)];
      }
      for (int i = 0; i < len; i++) {
        sentence[i] = lookup(tokens.get(begin + i).text(), words);
      }
      decode(sentence, len, score, out, begin);
    }
    return document.with(Layers.POS, List.of(out));
  }

  /** Tags one sentence (for tests and the benchmark). */
  String[] tag(String[] sentence) {
    Map<String, Word> words = new HashMap<>();
    Word[] ws = new Word[sentence.length];
    for (int i = 0; i < ws.length; i++) {
      ws[i] = lookup(sentence[i], words);
    }
    String[] out = new String[sentence.length];
    decode(ws, ws.length, new float[n], out, 0);
    return out;
  }

  private Word lookup(String token, Map<String, Word> perDocument) {
    Word w = known.get(token);
    return w != null ? w : perDocument.computeIfAbsent(token, this::word);
  }

  private void decode(Word[] sentence, int len, float[] score, String[] out, int offset) {
    int t1 = -1;
    int t2 = -1;
    for (int i = 0; i < len; i++) {
      System.arraycopy(sentence[i].own, 0, score, 0, n);
      if (i == 1) {
        add(score, sentence[0].p1);
        add(score, prevTag, t1 * n);
      } else if (i >= 2) {
        add(score, sentence[i - 1].p1);
        add(score, sentence[i - 2].p2);
        add(score, prevTwoTags, (t2 * n + t1) * n);
      }
      if (i + 1 < len) {
        add(score, sentence[i + 1].n1);
        if (i + 2 < len) {
          add(score, sentence[i + 2].n2);
        }
      }
      if (i == 0) {
        add(score, sBegin);
      } else if (i == 1) {
        add(score, p1sBegin);
      } else if (i == 2) {
        add(score, p2sBegin);
      }
      int best = 0;
      for (int o = 1; o < n; o++) {
        if (score[o] > score[best]) {
          best = o;
        }
      }
      out[offset + i] = tags[best];
      t2 = t1;
      t1 = best;
    }
  }

  private void add(float[] score, int row) {
    if (row >= 0) {
      add(score, weights, row);
    }
  }

  private void add(float[] score, float[] from, int at) {
    for (int o = 0; o < n; o++) {
      score[o] += from[at + o];
    }
  }

  /** The word-only part of the model's features for one word type. */
  private Word word(String token) {
    float[] own = new float[n];
    add(own, def);
    int len = token.length();
    for (int i = 0; i < Math.min(4, len); i++) {
      add(own, row("suf=" + token.substring(Math.max(len - 1 - i, 0))));
    }
    for (int i = 0; i < Math.min(4, len); i++) {
      add(own, row("pre=" + token.substring(0, Math.min(i + 1, len))));
    }
    String lower = StringUtil.toLowerCase(token);
    add(own, row("w=" + lower));
    String wc = FeatureGeneratorUtil.tokenFeature(token);
    add(own, row("wc=" + wc));
    add(own, row("w&c=" + lower + "," + wc));
    return new Word(
        own, row("p1w=" + lower), row("p2w=" + lower), row("n1w=" + lower), row("n2w=" + lower));
  }

  /**
   * A word type: its own features summed, and the weight rows of its window features as the
   * previous ({@code p1}), second previous, next and second next word of another.
   */
  private record Word(float[] own, int p1, int p2, int n1, int n2) {}

  /** All the features of a position as strings, as the model's generator makes them. */
  static List<String> features(String[] sentence, String[] previousTags, int i) {
    List<String> f = new java.util.ArrayList<>();
    String token = sentence[i];
    f.add("def");
    int len = token.length();
    for (int k = 0; k < Math.min(4, len); k++) {
      f.add("suf=" + token.substring(Math.max(len - 1 - k, 0)));
    }
    for (int k = 0; k < Math.min(4, len); k++) {
      f.add("pre=" + token.substring(0, Math.min(k + 1, len)));
    }
    f.add("w=" + StringUtil.toLowerCase(token));
    if (i >= 1) {
      f.add("p1w=" + StringUtil.toLowerCase(sentence[i - 1]));
    }
    if (i >= 2) {
      f.add("p2w=" + StringUtil.toLowerCase(sentence[i - 2]));
    }
    if (i + 1 < sentence.length) {
      f.add("n1w=" + StringUtil.toLowerCase(sentence[i + 1]));
    }
    if (i + 2 < sentence.length) {
      f.add("n2w=" + StringUtil.toLowerCase(sentence[i + 2]));
    }
    if (i == 0) {
      f.add("S=" + BEGIN);
    } else if (i <= 2) {
      f.add("p" + i + "S=" + BEGIN);
    }
    String wc = FeatureGeneratorUtil.tokenFeature(token);
    f.add("wc=" + wc);
    f.add("w&c=" + StringUtil.toLowerCase(token) + "," + wc);
    if (i >= 1) {
      f.add("t=" + previousTags[i - 1]);
    }
    if (i >= 2) {
      f.add("t2=" + previousTags[i - 2] + "," + previousTags[i - 1]);
    }
    return f;
  }
}
