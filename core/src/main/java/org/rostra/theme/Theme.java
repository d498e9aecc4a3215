package org.rostra.theme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.rostra.AnnotationException;
import org.rostra.ErrorCode;

/**
 * One theme: an id, a label, a description and the evidence that signals it.
 *
 * <pre>{@code
 * Theme exportControls = Theme.builder("export-controls")
 *     .label("Export controls")
 *     .description("Restrictions on selling technology abroad")
 *     .keywords("export control", "entity list", "chip ban")
 *     .keyword("export licence", 3.0)
 *     .patterns("\\bsanction(s|ed)?\\b")
 *     .examples("Washington tightened export controls on advanced chips.")
 *     .build();
 * }</pre>
 *
 * <p><b>Keywords</b> are words or phrases matched case-insensitively on word boundaries.
 * A plain word matches its inflections ({@code tariff} matches {@code tariffs}); {@code
 * =word} matches only that exact form; {@code word*} matches every word that starts so; a
 * phrase is words separated by spaces ({@code interest rate}), hyphens and apostrophes in the
 * text split words ({@code health-care} matches {@code health care}). <b>Patterns</b> are
 * Java regular expressions matched case-insensitively on the text. <b>Negative cues</b>
 * subtract their weight. Weights are positive; 1 is a weak cue, 3 a strong one. When
 * phrases overlap, only the longest counts. <b>Examples</b> are labelled texts that {@link
 * ThemeClassifiers#train} learns from.
 *
 * @param id unique id within its set, such as {@code cap:17} or {@code export-controls}
 * @param label a short human-readable name
 * @param description what the theme covers
 * @param keywords keyword or phrase to weight, in insertion order
 * @param patterns regular expression to weight
 * @param negatives negative cue to the weight it subtracts
 * @param examples example texts of the theme
 * @since 0.1
 */
public record Theme(
    String id,
    String label,
    String description,
    Map<String, Double> keywords,
    Map<String, Double> patterns,
    Map<String, Double> negatives,
    List<String> examples) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}");

  /**
   * Checks the id, the weights and the patterns; copies the collections.
   *
   * @throws AnnotationException THEMES_INVALID for a bad id, weight, keyword or pattern
   */
  public Theme {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(description, "description");
    if (!ID.matcher(id).matches()) {
      throw invalid(id, "id must be 1-128 letters, digits or _ . : / - , got '" + id + "'");
    }
    keywords = checked(id, "keyword", keywords);
    patterns = checked(id, "pattern", patterns);
    negatives = checked(id, "negative cue", negatives);
    examples = List.copyOf(examples);
    for (String p : patterns.keySet()) {
      try {
        Pattern.compile(p);
      } catch (PatternSyntaxException e) {
        throw invalid(id, "bad pattern '" + p + "': " + e.getDescription());
      }
    }
  }

  private static Map<String, Double> checked(String id, String what, Map<String, Double> m) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : m.entrySet()) {
      String k = Objects.requireNonNull(e.getKey(), what);
      double w = Objects.requireNonNull(e.getValue(), "weight");
      if (k.isBlank()) {
        throw invalid(id, "empty " + what);
      }
      if (!(w > 0 && w <= 100)) {
        throw invalid(id, what + " '" + k + "' has weight " + w + ", expected in (0, 100]");
      }
      if (!what.equals("pattern") && !Lexicon.hasWord(k)) {
        throw invalid(id, what + " '" + k + "' has no letter or digit");
      }
      out.put(what.equals("pattern") ? k : k.strip(), w);
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private static AnnotationException invalid(String id, String why) {
    return new AnnotationException(ErrorCode.THEMES_INVALID, "theme '" + id + "': " + why);
  }

  /** A builder for a theme with this id; the label defaults to the id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** A builder starting from this theme, to change or extend it. */
  public Builder toBuilder() {
    Builder b = new Builder(id).label(label).description(description);
    b.keywords.putAll(keywords);
    b.patterns.putAll(patterns);
    b.negatives.putAll(negatives);
    b.examples.addAll(examples);
    return b;
  }

  /**
   * Builds a {@link Theme}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final String id;
    private String label;
    private String description = "";
    private final Map<String, Double> keywords = new LinkedHashMap<>();
    private final Map<String, Double> patterns = new LinkedHashMap<>();
    private final Map<String, Double> negatives = new LinkedHashMap<>();
    private final List<String> examples = new ArrayList<>();

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
      this.label = id;
    }

    /** The human-readable label. */
    public Builder label(String label) {
      this.label = Objects.requireNonNull(label, "label");
      return this;
    }

    /** What the theme covers. */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /** Adds keywords or phrases with weight 1. */
    public Builder keywords(String... keywords) {
      for (String k : keywords) {
        keyword(k, 1.0);
      }
      return this;
    }

    /** Adds a keyword or phrase with a weight in (0, 100]; a repeated keyword is replaced. */
    public Builder keyword(String keyword, double weight) {
      keywords.put(Objects.requireNonNull(keyword, "keyword"), weight);
      return this;
    }

    /** Adds regular expressions with weight 1 (checked at {@link #build()}). */
    public Builder patterns(String... patterns) {
      for (String p : patterns) {
        pattern(p, 1.0);
      }
      return this;
    }

    /** Adds a regular expression with a weight in (0, 100]. */
    public Builder pattern(String pattern, double weight) {
      patterns.put(Objects.requireNonNull(pattern, "pattern"), weight);
      return this;
    }

    /** Adds negative cues with weight 1. */
    public Builder negatives(String... cues) {
      for (String c : cues) {
        negative(c, 1.0);
      }
      return this;
    }

    /** Adds a negative cue: a phrase whose weight is subtracted from the theme's evidence. */
    public Builder negative(String cue, double weight) {
      negatives.put(Objects.requireNonNull(cue, "cue"), weight);
      return this;
    }

    /** Adds example texts of the theme (training data for {@link ThemeClassifiers#train}). */
    public Builder examples(String... examples) {
      for (String e : examples) {
        this.examples.add(Objects.requireNonNull(e, "example"));
      }
      return this;
    }

    /**
     * Builds the theme.
     *
     * @throws AnnotationException THEMES_INVALID for a bad id, weight or pattern
     */
    public Theme build() {
      return new Theme(id, label, description, keywords, patterns, negatives, examples);
    }
  }
}
