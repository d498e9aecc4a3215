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
   * The English tokenizer: a hand-written scanner for Universal Dependencies words (clitics
   * split, URLs, e-mail addresses, handles, hashtags and emoji sequences whole), rule-based
   * sentences, paragraphs (blank lines and hard-wrapped text), datelines and bylines. It needs
   * no model file.
   */
  public static Tokenizer english() {
    return new RuleTokenizer();
  }

  /**
   * The OpenNLP UD English sentence and token models alone (blank-line paragraphs, no
   * datelines), with the models from {@code rostra-models-en}: the baseline that
   * {@link #english()} is measured against. Less accurate and slower; for comparisons.
   *
   * @throws org.rostra.AnnotationException RESOURCE_NOT_FOUND when the models are missing
   */
  public static Tokenizer openNlp() {
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
