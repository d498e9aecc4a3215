package org.rostra.doc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.rostra.AnnotationException;
import org.rostra.ErrorCode;

/**
 * An annotated document: the original text, its id, date and metadata, and the layers the
 * configured stages added. Every span of every layer indexes the original text.
 *
 * <p>Immutable and thread-safe: {@link #with} returns a copy. A layer that was not
 * configured is never {@code null}: asking for it throws an {@link AnnotationException} with
 * {@link ErrorCode#LAYER_NOT_CONFIGURED} naming the builder call that adds it.
 *
 * @since 0.1
 */
public final class Document {
  private final String id;
  private final String text;
  private final Optional<LocalDate> date;
  private final Map<String, Object> meta;
  private final Map<LayerKey<?>, Object> layers;

  private Document(
      String id,
      String text,
      Optional<LocalDate> date,
      Map<String, Object> meta,
      Map<LayerKey<?>, Object> layers) {
    this.id = id;
    this.text = text;
    this.date = date;
    this.meta = meta;
    this.layers = layers;
  }

  /**
   * A document without layers.
   *
   * @param id the caller's id
   * @param text the original text; any string is valid
   * @param date the date the text speaks from, if known
   * @param meta metadata carried through untouched (JSON values: strings, numbers, booleans,
   *     lists, maps, {@code null})
   * @return the document
   */
  public static Document of(
      String id, String text, Optional<LocalDate> date, Map<String, ?> meta) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(meta, "meta");
    return new Document(id, text, date, JsonValues.freeze(meta), Map.of());
  }

  /** A document without date, metadata or layers. */
  public static Document of(String id, String text) {
    return of(id, text, Optional.empty(), Map.of());
  }

  /** The caller's id. */
  public String id() {
    return id;
  }

  /** The original text, exactly as given. */
  public String text() {
    return text;
  }

  /** The date the text speaks from: given by the caller, or read from its dateline. */
  public Optional<LocalDate> date() {
    return date;
  }

  /** Metadata carried through untouched (unmodifiable). */
  public Map<String, Object> meta() {
    return meta;
  }

  /** Whether the layer is present. */
  public boolean has(LayerKey<?> key) {
    return layers.containsKey(key);
  }

  /** The keys of the present layers, in the order they were added. */
  public List<LayerKey<?>> layerKeys() {
    return List.copyOf(layers.keySet());
  }

  /**
   * The value of a layer.
   *
   * @throws AnnotationException {@link ErrorCode#LAYER_NOT_CONFIGURED} when it is absent
   */
  @SuppressWarnings("unchecked")
  public <T> T layer(LayerKey<T> key) {
    Object v = layers.get(key);
    if (v == null) {
      throw new AnnotationException(
          ErrorCode.LAYER_NOT_CONFIGURED,
          "layer '" + key.name() + "' was not computed for this document: add "
              + key.builderCall() + " to the builder");
    }
    return (T) v;
  }

  /** The layer's value, or empty when it is absent. */
  @SuppressWarnings("unchecked")
  public <T> Optional<T> find(LayerKey<T> key) {
    return Optional.ofNullable((T) layers.get(key));
  }

  /**
   * A copy with one more layer.
   *
   * @throws IllegalStateException if the layer is already present (two stages provide it)
   */
  public <T> Document with(LayerKey<T> key, T value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    if (layers.containsKey(key)) {
      throw new IllegalStateException("layer '" + key.name() + "' is already present");
    }
    Map<LayerKey<?>, Object> m = new LinkedHashMap<>(layers);
    m.put(key, value);
    return new Document(id, text, date, meta, Collections.unmodifiableMap(m));
  }

  /** A copy with the given date. */
  public Document withDate(Optional<LocalDate> newDate) {
    Objects.requireNonNull(newDate, "date");
    return new Document(id, text, newDate, meta, layers);
  }

  /** Paragraphs (needs {@code tokenize()}). */
  public List<Paragraph> paragraphs() {
    return layer(Layers.PARAGRAPHS);
  }

  /** Sentences (needs {@code tokenize()}). */
  public List<Sentence> sentences() {
    return layer(Layers.SENTENCES);
  }

  /** Tokens (needs {@code tokenize()}). */
  public List<Token> tokens() {
    return layer(Layers.TOKENS);
  }

  /** Datelines and bylines (needs {@code tokenize()}). */
  public List<Dateline> datelines() {
    return layer(Layers.DATELINES);
  }

  /** POS tags parallel to {@link #tokens()} (needs {@code posTags()}). */
  public List<String> posTags() {
    return layer(Layers.POS);
  }

  /** Lemmas parallel to {@link #tokens()} (needs {@code lemmas()}). */
  public List<String> lemmas() {
    return layer(Layers.LEMMAS);
  }

  /** Entity mentions (needs {@code entities()}). */
  public List<Mention> entities() {
    return layer(Layers.ENTITIES);
  }

  /** Quotes (needs {@code quotes()}). */
  public List<Quote> quotes() {
    return layer(Layers.QUOTES);
  }

  /** Theme scores (needs {@code themes()}). */
  public List<ThemeScore> themes() {
    return layer(Layers.THEMES);
  }

  /** The covered text of a span. */
  public String textOf(TextSpan span) {
    return span.textOf(text);
  }

  /** The index range of the tokens that lie entirely inside {@code span}. */
  public TokenRange tokenRangeIn(TextSpan span) {
    List<Token> tokens = tokens();
    int begin = firstTokenEndingAfter(tokens, span.start());
    // tokens are ordered and disjoint: skip one that starts before the span
    while (begin < tokens.size() && tokens.get(begin).start() < span.start()) {
      begin++;
    }
    int end = begin;
    while (end < tokens.size() && tokens.get(end).end() <= span.end()) {
      end++;
    }
    return new TokenRange(begin, end);
  }

  /** The tokens that lie entirely inside {@code span}. */
  public List<Token> tokensIn(TextSpan span) {
    TokenRange r = tokenRangeIn(span);
    return tokens().subList(r.begin(), r.end());
  }

  /** The index of the token covering {@code offset}, if any. */
  public Optional<Integer> tokenIndexAt(int offset) {
    List<Token> tokens = tokens();
    int i = firstTokenEndingAfter(tokens, offset);
    if (i < tokens.size() && tokens.get(i).span().contains(offset)) {
      return Optional.of(i);
    }
    return Optional.empty();
  }

  /** The sentence covering {@code offset}, if any. */
  public Optional<Sentence> sentenceAt(int offset) {
    return covering(sentences(), offset, Sentence::span);
  }

  /** The paragraph covering {@code offset}, if any. */
  public Optional<Paragraph> paragraphAt(int offset) {
    return covering(paragraphs(), offset, Paragraph::span);
  }

  /** The sentences that lie entirely inside {@code span}. */
  public List<Sentence> sentencesIn(TextSpan span) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : sentences()) {
      if (span.covers(s.span())) {
        out.add(s);
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static int firstTokenEndingAfter(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static <T> Optional<T> covering(
      List<T> items, int offset, java.util.function.Function<T, TextSpan> span) {
    int lo = 0;
    int hi = items.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (span.apply(items.get(mid)).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo < items.size() && span.apply(items.get(lo)).contains(offset)) {
      return Optional.of(items.get(lo));
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Document d
        && d.id.equals(id)
        && d.text.equals(text)
        && d.date.equals(date)
        && d.meta.equals(meta)
        && d.layers.equals(layers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, text, date, meta, layers);
  }

  /** Id, length and layer names; never the text. */
  @Override
  public String toString() {
    return "Document[id=" + id + ", chars=" + text.length() + ", layers=" + layers.keySet() + "]";
  }
}
