package org.rostra.tokenize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.rostra.doc.Document;
import org.rostra.doc.Layers;
import org.rostra.doc.Sentence;
import org.rostra.doc.Token;
import org.rostra.internal.Resources;

/**
 * OpenNLP's own {@code POSTaggerME} (beam search of 3) over the UD English model, sentence by
 * sentence: the reference {@link PosTaggerStage} is measured against. About 20 times slower.
 */
final class OpenNlpPosTagger extends PosStage {
  /** The longest run of tokens tagged at once. */
  static final int WINDOW = 200;

  private final POSModel model;

  private OpenNlpPosTagger(POSModel model) {
    this.model = model;
  }

  static OpenNlpPosTagger load(Resources resources) {
    return new OpenNlpPosTagger(model(resources));
  }

  @Override
  public Document process(Document document) {
    POSTaggerME tagger = new POSTaggerME(model);
    List<Token> tokens = document.tokens();
    String[] tags = new String[tokens.size()];
    Arrays.fill(tags, "X");
    for (Sentence s : document.sentences()) {
      // beam search copies its sequences: cost grows with the square of the length, so
      // very long "sentences" (lists, tables, garbage) are tagged in windows
      for (int w = s.tokens().begin(); w < s.tokens().end(); w += WINDOW) {
        int n = Math.min(WINDOW, s.tokens().end() - w);
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
          words[i] = tokens.get(w + i).text();
        }
        String[] t = tagger.tag(words);
        System.arraycopy(t, 0, tags, w, n);
      }
    }
    return document.with(Layers.POS, List.copyOf(new ArrayList<>(Arrays.asList(tags))));
  }
}
