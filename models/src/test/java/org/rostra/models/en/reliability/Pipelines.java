package org.rostra.models.en.reliability;

import org.rostra.Annotator;

/** The pipelines the reliability tests run: every built-in stage with the bundled resources. */
final class Pipelines {
  private Pipelines() {}

  /** Tokens, sentences, paragraphs, datelines, POS, entities, quotes and themes. */
  static Annotator.Builder full() {
    return Annotator.builder().tokenize().entities().quotes().themes();
  }
}
