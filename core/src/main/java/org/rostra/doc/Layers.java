package org.rostra.doc;

import java.util.List;

/**
 * The keys of Rostra's built-in layers.
 *
 * @since 0.1
 */
public final class Layers {
  /** Paragraphs, in text order. */
  public static final LayerKey<List<Paragraph>> PARAGRAPHS =
      LayerKey.of("rostra:paragraphs", "Annotator.builder().tokenize()");
  /** Sentences, in text order; they tile the tokens. */
  public static final LayerKey<List<Sentence>> SENTENCES =
      LayerKey.of("rostra:sentences", "Annotator.builder().tokenize()");
  /** Tokens (UD syntactic words), in text order, never overlapping. */
  public static final LayerKey<List<Token>> TOKENS =
      LayerKey.of("rostra:tokens", "Annotator.builder().tokenize()");
  /** Datelines and bylines found by the tokenizer. */
  public static final LayerKey<List<Dateline>> DATELINES =
      LayerKey.of("rostra:datelines", "Annotator.builder().tokenize()");
  /** Universal POS tags, parallel to the tokens. */
  public static final LayerKey<List<String>> POS =
      LayerKey.of("rostra:pos", "Annotator.builder().posTags()");
  /** Lemmas, parallel to the tokens. */
  public static final LayerKey<List<String>> LEMMAS =
      LayerKey.of("rostra:lemmas", "Annotator.builder().lemmas()");
  /** Entity mentions with their links and clusters. */
  public static final LayerKey<List<Mention>> ENTITIES =
      LayerKey.of("rostra:entities", "Annotator.builder().entities()");
  /** Quotes with cue, speaker and source. */
  public static final LayerKey<List<Quote>> QUOTES =
      LayerKey.of("rostra:quotes", "Annotator.builder().quotes()");
  /** Theme scores at document, paragraph and quote level. */
  public static final LayerKey<List<ThemeScore>> THEMES =
      LayerKey.of("rostra:themes", "Annotator.builder().themes()");

  private Layers() {}
}
