package org.rostra.tokenize;

import java.util.List;
import java.util.Set;
import org.rostra.doc.Dateline;
import org.rostra.doc.Document;
import org.rostra.doc.LayerKey;
import org.rostra.doc.Layers;
import org.rostra.doc.Paragraph;
import org.rostra.doc.Sentence;
import org.rostra.doc.Token;

/**
 * What every tokenizer implementation shares: the stage's name, that it needs no layer, the
 * four layers it provides, and how they are put on the document.
 */
abstract class TokenizerStage implements Tokenizer {
  private static final Set<LayerKey<?>> PROVIDES =
      Set.of(Layers.PARAGRAPHS, Layers.SENTENCES, Layers.TOKENS, Layers.DATELINES);

  @Override
  public final String name() {
    return "tokenize";
  }

  @Override
  public final Set<LayerKey<?>> requires() {
    return Set.of();
  }

  @Override
  public final Set<LayerKey<?>> provides() {
    return PROVIDES;
  }

  /** The document with the tokenizer's four layers (each copied into an immutable list). */
  static Document withLayers(
      Document document,
      List<Paragraph> paragraphs,
      List<Sentence> sentences,
      List<Token> tokens,
      List<Dateline> datelines) {
    return document
        .with(Layers.PARAGRAPHS, List.copyOf(paragraphs))
        .with(Layers.SENTENCES, List.copyOf(sentences))
        .with(Layers.TOKENS, List.copyOf(tokens))
        .with(Layers.DATELINES, List.copyOf(datelines));
  }
}
