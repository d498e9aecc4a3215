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
    return builder(kb).nilThreshold(nilThreshold).build();
  }

  /** A builder for a linker over the knowledge base, with every option. */
  public static Builder builder(KnowledgeBase kb) {
    return new Builder(kb);
  }

  /**
   * Configures an {@link EntityLinker}. Not thread-safe; the linker it builds is.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final KnowledgeBase kb;
    private double nilThreshold = DEFAULT_NIL_THRESHOLD;
    private boolean linkPronouns = true;
    private boolean linkNominals = true;
    private boolean wikidataOnly;

    private Builder(KnowledgeBase kb) {
      this.kb = Objects.requireNonNull(kb, "kb");
    }

    /** Links scoring below this (in [0, 1]) become NIL; default {@value EntityLinkers#DEFAULT_NIL_THRESHOLD}. */
    public Builder nilThreshold(double threshold) {
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new IllegalArgumentException("nilThreshold must be in [0, 1], got " + threshold);
      }
      this.nilThreshold = threshold;
      return this;
    }

    /**
     * Whether pronouns ("he", "her") carry the link of the entity they refer to (default
     * true). Their coreference cluster is set either way; benchmarks that do not annotate
     * pronouns (AIDA, MSNBC) count their links as errors.
     */
    public Builder linkPronouns(boolean link) {
      this.linkPronouns = link;
      return this;
    }

    /**
     * Whether titles and nominals ("the Chinese president") carry the link of the office
     * holder (default true). Their cluster is set either way.
     */
    public Builder linkNominals(boolean link) {
      this.linkNominals = link;
      return this;
    }

    /**
     * Whether only entities with a Wikidata QID are linked (default false): mentions of
     * entities the KB knows by a local id ({@code rostra:…}) are still found and clustered,
     * without a link. For scoring against Wikidata gold standards.
     */
    public Builder wikidataOnly(boolean only) {
      this.wikidataOnly = only;
      return this;
    }

    /** Builds the linker: indexes every name, title and demonym of the KB. */
    public EntityLinker build() {
      return new KbEntityLinker(
          new LinkerIndex(kb),
          new LinkerOptions(nilThreshold, linkPronouns, linkNominals, wikidataOnly));
    }
  }
}
