/**
 * Quote attribution: who said what. {@link org.rostra.quote.QuoteAttributor} finds direct,
 * mixed and indirect quotes with their reporting cue, speaker mention (resolved to an entity
 * when the entity layer is present) and cited source; {@link org.rostra.quote.QuoteAttributors}
 * creates one from Rostra's English cue lexicon or from a lexicon of your own.
 *
 * <pre>{@code
 * Annotator annotator = Annotator.builder().tokenize().quotes().build();
 * for (Quote q : annotator.annotate(text).quotes()) {
 *   q.speaker().ifPresent(s -> System.out.println(s.text() + ": " + q.text()));
 * }
 * }</pre>
 *
 * @since 0.1
 */
package org.rostra.quote;
