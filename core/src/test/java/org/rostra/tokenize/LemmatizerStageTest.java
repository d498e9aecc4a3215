package org.rostra.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;
import org.rostra.Annotator;
import org.rostra.doc.Document;
import org.rostra.internal.Resources;
import org.rostra.testing.StageContract;
import org.rostra.testing.TestResources;

/** The fast lemmatizer is the greedy decode of the OpenNLP model, checked against its own eval. */
class LemmatizerStageTest {
  static final LemmatizerModel MODEL =
      OpenNlpTokenizer.load(
          Resources.of("en", List.of(new TestResources())), "opennlp/lemmas",
          LemmatizerModel::new);
  static final LemmatizerStage STAGE = new LemmatizerStage(MODEL);
  static final Annotator POS = Annotator.builder().tokenize().posTags().build();

  static String[] greedyReference(String[] words, String[] tags) {
    LemmatizerContextGenerator cg = MODEL.getFactory().getContextGenerator();
    MaxentModel m = MODEL.getArtifact("lemmatizer.model");
    String[] out = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      double[] p = m.eval(cg.getContext(i, words, tags, out));
      int best = 0;
      for (int o = 1; o < p.length; o++) {
        if (p[o] > p[best]) {
          best = o;
        }
      }
      out[i] = m.getOutcome(best);
    }
    return out;
  }

  @Test
  void scriptsAreTheGreedyDecodeOfTheModel() {
    for (String text : PosTaggerStageTest.TEXTS) {
      Document d = POS.annotate(text);
      d.sentences().forEach(s -> {
        int b = s.tokens().begin();
        int e = s.tokens().end();
        String[] words = new String[e - b];
        String[] tags = new String[e - b];
        for (int i = b; i < e; i++) {
          words[i - b] = d.tokens().get(i).text();
          tags[i - b] = d.posTags().get(i);
        }
        assertEquals(List.of(greedyReference(words, tags)), List.of(STAGE.lemmatize(words, tags)));
      });
    }
  }

  @Test
  void lemmasOfASentence() {
    Document d = Annotator.builder().tokenize().lemmas().build()
        .annotate("The presidents were running faster than mice.");
    assertEquals(List.of("the", "president", "be", "run", "fast", "than", "mouse", "."),
        d.lemmas());
  }

  @Test
  void passesTheStageContract() {
    StageContract.check(Annotator.builder().tokenize().lemmas().build(),
        PosTaggerStageTest.TEXTS);
  }
}
