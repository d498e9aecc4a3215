package org.rostra.tokenize;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import org.rostra.Stage;
import org.rostra.doc.Document;
import org.rostra.doc.LayerKey;
import org.rostra.doc.Layers;
import org.rostra.doc.Sentence;
import org.rostra.doc.Token;
import org.rostra.internal.Resources;

/** Lemmas with the OpenNLP UD English lemmatizer model, sentence by sentence. */
final class LemmatizerStage implements Stage {
  private final LemmatizerModel model;

  private LemmatizerStage(LemmatizerModel model) {
    this.model = model;
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
    LemmatizerME lemmatizer = new LemmatizerME(model);
    List<Token> tokens = document.tokens();
    List<String> pos = document.posTags();
    String[] lemmas = new String[tokens.size()];
    for (int i = 0; i < lemmas.length; i++) {
      lemmas[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
    }
    for (Sentence s : document.sentences()) {
      for (int w = s.tokens().begin(); w < s.tokens().end(); w += OpenNlpPosTagger.WINDOW) {
        int n = Math.min(OpenNlpPosTagger.WINDOW, s.tokens().end() - w);
        String[] words = new String[n];
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
          words[i] = tokens.get(w + i).text();
          tags[i] = pos.get(w + i);
        }
        String[] l = lemmatizer.lemmatize(words, tags);
        for (int i = 0; i < n; i++) {
          if (l[i] != null && !l[i].isEmpty() && !"O".equals(l[i])) {
            lemmas[w + i] = l[i];
          }
        }
      }
    }
    return document.with(Layers.LEMMAS, List.copyOf(Arrays.asList(lemmas)));
  }
}
