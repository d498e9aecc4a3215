package org.rostra.tokenize;

import org.rostra.Stage;
import org.rostra.internal.Resources;

/**
 * Factories for the tokenizer and the part-of-speech and lemma stages.
 *
 * @since 0.1
 */
public final class Tokenizers {
  private Tokenizers() {}

  /**
   * The English tokenizer, with its models from {@code rostra-models-en} on the class path.
   *
   * @throws org.rostra.AnnotationException RESOURCE_NOT_FOUND when the models are missing
   */
  public static Tokenizer english() {
    return new OpenNlpTokenizer(
        Resources.forLanguage("en", Tokenizers.class.getClassLoader()));
  }

  /** The English POS tagger stage (Universal POS tags). */
  public static Stage englishPosTagger() {
    return PosTaggerStage.load(Resources.forLanguage("en", Tokenizers.class.getClassLoader()));
  }

  /** The English lemmatizer stage (needs POS tags). */
  public static Stage englishLemmatizer() {
    return LemmatizerStage.load(
        Resources.forLanguage("en", Tokenizers.class.getClassLoader()));
  }
}
