package org.rostra.quote;

import org.rostra.Stage;

/**
 * The quote attribution stage: adds {@link org.rostra.doc.Layers#QUOTES}. It requires
 * paragraphs, sentences, tokens and part-of-speech tags (added automatically by the
 * annotator) and reads the entity layer when it is present, to resolve each speaker mention
 * to its entity through the entity layer's coreference clusters.
 *
 * <p>What it finds: quotation marks of every style (curly, straight, guillemets, low-9,
 * newswire {@code ``} and {@code ''}), nested, running over several paragraphs, or left
 * unclosed; reporting cues from a lexicon of verbs, nouns and phrases; the attribution
 * patterns of news writing (quote then speaker and cue, inverted cue, speaker and cue then a
 * quote or a reported clause, {@code according to}, quotes split around their cue, floating
 * quote paragraphs that continue the previous speaker); and cited sources ({@code according
 * to the Xinhua News Agency}, {@code said in a statement}). Scare quotes, titles and nicknames
 * that no cue introduces are not quotes.
 *
 * <p>Immutable and thread-safe; linear in the length of the document.
 *
 * @since 0.1
 */
public interface QuoteAttributor extends Stage {}
