package org.rostra;

import java.util.Set;
import org.rostra.doc.Document;
import org.rostra.doc.LayerKey;

/**
 * One step of an {@link Annotator}: reads the layers it {@link #requires()} and returns the
 * document with the layers it {@link #provides()} added (with {@link Document#with}). The
 * built-in tokenizer, entity linker, quote attributor and theme classifier are stages; a
 * custom stage is added with {@link Annotator.Builder#stage(Stage)}.
 *
 * <p>Implementations must be immutable and thread-safe: one instance serves every thread
 * of an annotator. Every span a stage adds must index the original text.
 *
 * @since 0.1
 */
public interface Stage {

  /** A short name for messages and logs, such as {@code "tokenize"}. */
  String name();

  /** The layers this stage reads; the annotator checks an earlier stage provides each. */
  Set<LayerKey<?>> requires();

  /** The layers this stage adds; no two stages of an annotator may provide one layer. */
  Set<LayerKey<?>> provides();

  /**
   * Adds this stage's layers.
   *
   * @param document a document with every required layer
   * @return the document with every provided layer added
   */
  Document process(Document document);
}
