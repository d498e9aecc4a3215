package org.rostra.doc;

import java.util.Objects;

/**
 * A sentence: its character span and the tokens it holds.
 *
 * @param span characters from the first token's start to the last token's end
 * @param tokens indices of its tokens in {@link Document#tokens()}
 * @since 0.1
 */
public record Sentence(TextSpan span, TokenRange tokens) {

  /** Checks for nulls. */
  public Sentence {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(tokens, "tokens");
  }
}
