package org.rostra.entity;

import java.util.Objects;

/**
 * Factories for {@link EntityLinker}s.
 *
 * <pre>{@code
 * EntityLinker linker = EntityLinkers.english();                       // the bundled KB
 * EntityLinker mine = EntityLinkers.english(KnowledgeBases.compose(
 *     KnowledgeBases.fromJsonLines(Path.of("my-kb.jsonl")), KnowledgeBases.bundled()));
 * Annotator annotator = Annotator.builder().tokenize().entities(mine).build();
 * }</pre>
 *
 * @since 0.1
 */
public final class EntityLinkers {
  /** The default NIL threshold: a link scoring below it is dropped (the mention stays, NIL). */
  public static final double DEFAULT_NIL_THRESHOLD = 0.3;

  private EntityLinkers() {}

  /**
   * The English linker over the bundled knowledge base of {@code rostra-models-en}.
   *
   * @throws org.rostra.AnnotationException RESOURCE_NOT_FOUND when the models jar is absent
   */
  public static EntityLinker english() {
    return english(KnowledgeBases.bundled());
  }

  /** The English linker over a given knowledge base (for example a composed one). */
  public static EntityLinker english(KnowledgeBase kb) {
    return english(kb, DEFAULT_NIL_THRESHOLD);
  }

  /**
   * The English linker over a given knowledge base with a NIL threshold.
   *
   * @param kb the knowledge base
   * @param nilThreshold links scoring below this (in [0, 1]) become NIL; higher means fewer,
   *     more precise links
   */
  public static EntityLinker english(KnowledgeBase kb, double nilThreshold) {
    Objects.requireNonNull(kb, "kb");
    if (!(nilThreshold >= 0 && nilThreshold <= 1)) {
      throw new IllegalArgumentException("nilThreshold must be in [0, 1], got " + nilThreshold);
    }
    return new KbEntityLinker(new LinkerIndex(kb), nilThreshold);
  }
}
