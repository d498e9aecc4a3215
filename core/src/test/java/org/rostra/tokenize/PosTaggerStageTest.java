package org.rostra.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.Test;
import org.rostra.Annotator;
import org.rostra.doc.Document;
import org.rostra.doc.Token;
import org.rostra.internal.Resources;
import org.rostra.testing.StageContract;
import org.rostra.testing.TestResources;
import org.rostra.testing.Texts;

/**
 * The fast POS stage computes exactly the model's features and decodes greedily: checked
 * against OpenNLP's own context generator and {@code MaxentModel.eval}.
 */
class PosTaggerStageTest {
  static final POSModel MODEL =
      OpenNlpTokenizer.load(
          Resources.of("en", List.of(new TestResources())), "opennlp/pos", POSModel::new);
  static final PosTaggerStage STAGE = new PosTaggerStage(MODEL.getArtifact("pos.model"));
  static final Annotator TOKENIZER = Annotator.builder().tokenize().build();

  static final List<String> TEXTS =
      List.of(
          "Chinese President Xi Jinping said on Thursday that the U.S. was wrong.",
          "“Achieving self-reliance is key,” Xi said, according to Xinhua. He didn't stop.",
          "WASHINGTON (Reuters) — The Senate voted 51-49. Sen. Smith (R-Ohio) said “no.”",
          "The 3,000 x42 don't AbC 1990s $4bn 3.5% e-mail @rostra #tags https://x.org/a?b=c",
          "I", "Go !", "🇨🇳 習近平 مرحبا e\u0301 RTL",
          "Madam Chair, members of the committee, friends: this morning "
              + "we can say that our harbors are busier and our schools are fuller than ever.");

  /** The reference: OpenNLP's generator and eval, arg-max at each step. */
  static String[] greedyReference(String[] words) {
    POSContextGenerator cg = MODEL.getFactory().getPOSContextGenerator();
    MaxentModel m = MODEL.getArtifact("pos.model");
    String[] tags = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      double[] p = m.eval(cg.getContext(i, words, tags, null));
      int best = 0;
      for (int o = 1; o < p.length; o++) {
        if (p[o] > p[best]) {
          best = o;
        }
      }
      tags[i] = m.getOutcome(best);
    }
    return tags;
  }

  static List<String[]> sentences(String text) {
    Document d = TOKENIZER.annotate(text);
    List<String[]> out = new ArrayList<>();
    d.sentences().forEach(s -> out.add(
        d.tokens().subList(s.tokens().begin(), s.tokens().end()).stream()
            .map(Token::text).toArray(String[]::new)));
    return out;
  }

  @Test
  void featuresAreTheModelGeneratorsFeatures() {
    POSContextGenerator cg = MODEL.getFactory().getPOSContextGenerator();
    for (String text : TEXTS) {
      for (String[] words : sentences(text)) {
        String[] tags = greedyReference(words);
        for (int i = 0; i < words.length; i++) {
          Set<String> expected = new HashSet<>(List.of(cg.getContext(i, words, tags, null)));
          assertEquals(expected, new HashSet<>(PosTaggerStage.features(words, tags, i)),
              words[i] + " in " + String.join(" ", words));
        }
      }
    }
  }

  @Test
  void tagsAreTheGreedyDecodeOfTheModel() {
    for (String text : TEXTS) {
      for (String[] words : sentences(text)) {
        assertEquals(List.of(greedyReference(words)), List.of(STAGE.tag(words)));
      }
    }
  }

  @Test
  void randomTextsTagAsTheReference() {
    qt().withExamples(Texts.examples() / 10)
        .forAll(Texts.nasty())
        .checkAssert(t -> {
          for (String[] words : sentences(t)) {
            assertEquals(List.of(greedyReference(words)), List.of(STAGE.tag(words)));
          }
        });
  }

  @Test
  void passesTheStageContract() {
    Annotator a = Annotator.builder().tokenize().stage(STAGE).build();
    StageContract.check(a, TEXTS);
  }
}
