package org.rostra.tokenize;

import java.util.Set;
import opennlp.tools.postag.POSModel;
import org.rostra.Stage;
import org.rostra.doc.LayerKey;
import org.rostra.doc.Layers;
import org.rostra.internal.Resources;

/**
 * What every POS tagger implementation shares: the stage's name, the layers it needs and
 * provides, and the OpenNLP UD model it reads its weights from.
 */
abstract class PosStage implements Stage {
  private static final Set<LayerKey<?>> REQUIRES = Set.of(Layers.TOKENS, Layers.SENTENCES);
  private static final Set<LayerKey<?>> PROVIDES = Set.of(Layers.POS);

  /** The OpenNLP UD English POS model ({@code opennlp/pos}). */
  static POSModel model(Resources resources) {
    return OpenNlpTokenizer.load(resources, "opennlp/pos", POSModel::new);
  }

  @Override
  public final String name() {
    return "pos";
  }

  @Override
  public final Set<LayerKey<?>> requires() {
    return REQUIRES;
  }

  @Override
  public final Set<LayerKey<?>> provides() {
    return PROVIDES;
  }
}
