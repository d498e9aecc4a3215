package org.rostra.tokenize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.StringUtil;
import org.rostra.AnnotationException;
import org.rostra.ErrorCode;
import org.rostra.Stage;
import org.rostra.doc.Document;
import org.rostra.doc.LayerKey;
import org.rostra.doc.Layers;
import org.rostra.doc.Sentence;
import org.rostra.doc.Token;
import org.rostra.internal.Resources;

/**
 * Lemmas with the weights of the OpenNLP UD English lemmatizer model (edit scripts from the
 * lowercased word to its lemma), decoded greedily instead of OpenNLP's beam of 3.
 *
 * <p>{@code LemmatizerME} evaluates the full distribution over the model's 860 edit scripts
 * (860 exponentials) three times per token; here the score of a script is the sum of the
 * model's weights and the arg-max is taken without exponentials. The features that depend on
 * the word and its tag are computed once per (word, tag) per document by the model's own
 * context generator; the three that depend on the previous decision ({@code p_1=}) per token;
 * and the decision for a (previous script, tag, word) triple is cached per document.
 *
 * <p>Thread-safe: the weights are read-only; caches are locals of {@link #process}.
 */
final class LemmatizerStage implements Stage {
  private static final String BOS = "bos";

  private final LemmatizerModel model;
  private final String[] outcomes;
  private final Map<String, Integer> predicates;
  /** Sparse rows: outcomes and weights of predicate p. */
  private final int[][] rowOutcomes;

  private final float[][] rowWeights;

  LemmatizerStage(LemmatizerModel model) {
    this.model = model;
    MaxentModel maxent = model.getArtifact("lemmatizer.model");
    if (!(maxent instanceof AbstractModel am)
        || am.getModelType() != AbstractModel.ModelType.Maxent) {
      throw new AnnotationException(
          ErrorCode.RESOURCE_INVALID, "lemmatizer model is not a GIS maximum-entropy model");
    }
    Object[] data = am.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    this.outcomes = ((String[]) data[2]).clone();
    this.predicates = new HashMap<>(pmap.size() * 2);
    this.rowOutcomes = new int[pmap.size()][];
    this.rowWeights = new float[pmap.size()][];
    int p = 0;
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      predicates.put(e.getKey(), p);
      rowOutcomes[p] = e.getValue().getOutcomes().clone();
      double[] w = e.getValue().getParameters();
      rowWeights[p] = new float[w.length];
      for (int k = 0; k < w.length; k++) {
        rowWeights[p][k] = (float) w[k];
      }
      p++;
    }
  }

  static LemmatizerStage load(Resources resources) {
    return new LemmatizerStage(
        OpenNlpTokenizer.load(resources, "opennlp/lemmas", LemmatizerModel::new));
  }

  @Override
  public String name() {
    return "lemma";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.POS);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(Layers.LEMMAS);
  }

  @Override
  public Document process(Document document) {
    List<Token> tokens = document.tokens();
    List<String> pos = document.posTags();
    String[] lemmas = new String[tokens.size()];
    Decoder d = new Decoder(model.getFactory().getContextGenerator());
    for (Sentence s : document.sentences()) {
      int prev = -1;
      for (int i = s.tokens().begin(); i < s.tokens().end(); i++) {
        String word = tokens.get(i).text();
        int o = d.decide(prev, word, pos.get(i));
        String lower = word.toLowerCase(Locale.ROOT);
        String l = StringUtil.decodeShortestEditScript(lower, outcomes[o]);
        lemmas[i] = l == null || l.isEmpty() || "O".equals(l) ? lower : l;
        prev = o;
      }
    }
    for (int i = 0; i < lemmas.length; i++) {
      if (lemmas[i] == null) {
        lemmas[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
      }
    }
    return document.with(Layers.LEMMAS, List.copyOf(Arrays.asList(lemmas)));
  }

  /** Lemmas of one sentence with its tags (tests, benchmark). */
  String[] lemmatize(String[] words, String[] tags) {
    Decoder d = new Decoder(model.getFactory().getContextGenerator());
    String[] out = new String[words.length];
    int prev = -1;
    for (int i = 0; i < words.length; i++) {
      int o = d.decide(prev, words[i], tags[i]);
      out[i] = outcomes[o];
      prev = o;
    }
    return out;
  }

  /** One document's decoder: its caches. */
  private final class Decoder {
    private final LemmatizerContextGenerator generator;
    private final Map<String, int[]> wordFeatures = new HashMap<>();
    private final Map<String, Integer> decisions = new HashMap<>();
    private final float[] score = new float[outcomes.length];

    Decoder(LemmatizerContextGenerator generator) {
      this.generator = generator;
    }

    int decide(int prev, String word, String tag) {
      String p = prev < 0 ? BOS : outcomes[prev];
      String key = p + '\u0001' + tag + '\u0001' + word;
      Integer cached = decisions.get(key);
      if (cached != null) {
        return cached;
      }
      int[] own = wordFeatures.computeIfAbsent(tag + '\u0001' + word, k -> features(word, tag));
      Arrays.fill(score, 0f);
      for (int f : own) {
        add(f);
      }
      add(row("p_1=" + p));
      add(row("p_1=" + p + "t0=" + tag));
      add(row("p_1=" + p + "w0=" + word));
      int best = 0;
      for (int o = 1; o < score.length; o++) {
        if (score[o] > score[best]) {
          best = o;
        }
      }
      decisions.put(key, best);
      return best;
    }

    private void add(int row) {
      if (row >= 0) {
        int[] os = rowOutcomes[row];
        float[] ws = rowWeights[row];
        for (int k = 0; k < os.length; k++) {
          score[os[k]] += ws[k];
        }
      }
    }

    /** The model's features of a word and its tag, but for the previous-decision ones. */
    private int[] features(String word, String tag) {
      String[] all = generator.getContext(0, new String[] {word}, new String[] {tag},
          new String[] {null});
      List<Integer> rows = new ArrayList<>(all.length);
      for (String f : all) {
        if (!f.startsWith("p_1=")) {
          int r = row(f);
          if (r >= 0) {
            rows.add(r);
          }
        }
      }
      return rows.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  private int row(String predicate) {
    Integer p = predicates.get(predicate);
    return p == null ? -1 : p;
  }
}
