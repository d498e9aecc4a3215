package org.rostra.quote;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.rostra.AnnotationException;
import org.rostra.ErrorCode;
import org.rostra.internal.Resources;

/**
 * Factories for {@link QuoteAttributor}s.
 *
 * <pre>{@code
 * QuoteAttributor quotes = QuoteAttributors.builder().beliefs(true).build();
 * Annotator annotator = Annotator.builder().tokenize().quotes(quotes).build();
 * }</pre>
 *
 * @since 0.1
 */
public final class QuoteAttributors {
  /** The name of the cue lexicon resource in {@code rostra-models-en}. */
  public static final String CUE_LEXICON = "lexicon/cues";

  private QuoteAttributors() {}

  /**
   * The English attributor with the cue lexicon of {@code rostra-models-en} and the default
   * options.
   *
   * @throws AnnotationException RESOURCE_NOT_FOUND when {@code rostra-models-en} is not on
   *     the class path; RESOURCE_INVALID when the lexicon is malformed
   */
  public static QuoteAttributor english() {
    return builder().build();
  }

  /** A builder for a configured attributor. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Configures a {@link QuoteAttributor}. Not thread-safe; the attributor it builds is.
   *
   * @since 0.1
   */
  public static final class Builder {
    private Optional<byte[]> lexicon = Optional.empty();
    private String lexiconName = CUE_LEXICON;
    private boolean beliefs;
    private boolean floating = true;
    private int minQuoteTokens = 4;

    private Builder() {}

    /**
     * Uses a cue lexicon read from a stream instead of the bundled one (same format as the
     * bundled {@code lexicon/cues}: {@code lemma TAB class TAB frames TAB forms}). The stream
     * is read fully and closed.
     *
     * @throws AnnotationException IO_ERROR when it cannot be read
     */
    public Builder cueLexicon(InputStream in) {
      Objects.requireNonNull(in, "in");
      try (in) {
        this.lexicon = Optional.of(in.readAllBytes());
        this.lexiconName = "custom cue lexicon";
      } catch (IOException e) {
        throw new AnnotationException(ErrorCode.IO_ERROR, "cannot read the cue lexicon: " + e, e);
      }
      return this;
    }

    /**
     * Uses a cue lexicon file instead of the bundled one.
     *
     * @throws AnnotationException IO_ERROR when it cannot be read
     */
    public Builder cueLexicon(Path file) {
      Objects.requireNonNull(file, "file");
      try {
        this.lexicon = Optional.of(Files.readAllBytes(file));
        this.lexiconName = file.getFileName().toString();
      } catch (IOException e) {
        throw new AnnotationException(ErrorCode.IO_ERROR, "cannot read cue lexicon " + file, e);
      }
      return this;
    }

    /**
     * Whether cues of belief and evidence ({@code thinks}, {@code fears}, {@code polls
     * show}) attribute content everywhere, as in the PolNeAR annotation scheme. Default: off,
     * which still attributes them in context: a subject that is not a relative pronoun
     * ({@code investors, who fear ...} is description) and a that-clause, a finite clause or
     * a to-infinitive after the cue ({@code Many voters think the race is over}).
     */
    public Builder beliefs(boolean on) {
      this.beliefs = on;
      return this;
    }

    /**
     * Whether a paragraph entirely in quotation marks, with no cue of its own, continues the
     * speaker of the quote just before it (the news convention). Default: on.
     */
    public Builder floatingQuotes(boolean on) {
      this.floating = on;
      return this;
    }

    /**
     * The fewest tokens a quotation with no cue must have to count as a floating quote;
     * shorter ones are taken for scare quotes, titles or nicknames. Default 4.
     */
    public Builder minQuoteTokens(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("minQuoteTokens must be >= 1, got " + n);
      }
      this.minQuoteTokens = n;
      return this;
    }

    /**
     * Builds the attributor, loading the lexicon.
     *
     * @throws AnnotationException RESOURCE_NOT_FOUND when the bundled lexicon is asked for
     *     and {@code rostra-models-en} is absent; RESOURCE_INVALID for a malformed lexicon
     */
    public QuoteAttributor build() {
      CueLexicon cues;
      if (lexicon.isPresent()) {
        cues = CueLexicon.parse(new java.io.ByteArrayInputStream(lexicon.get()), lexiconName);
      } else {
        Resources r = Resources.forLanguage("en", QuoteAttributors.class.getClassLoader());
        try (InputStream in = r.open(CUE_LEXICON)) {
          cues = CueLexicon.parse(in, CUE_LEXICON);
        } catch (IOException e) {
          throw new AnnotationException(
              ErrorCode.RESOURCE_INVALID, "cannot read resource '" + CUE_LEXICON + "': " + e, e);
        }
      }
      return new RuleQuoteAttributor(cues, beliefs, floating, minQuoteTokens);
    }
  }
}
