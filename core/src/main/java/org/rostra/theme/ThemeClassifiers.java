package org.rostra.theme;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.rostra.AnnotationException;
import org.rostra.ErrorCode;

/**
 * Creates {@link ThemeClassifier}s: lexicon classifiers from a {@link ThemeSet}, trained
 * classifiers from labelled texts, and classifiers saved to and loaded from model files.
 *
 * <pre>{@code
 * ThemeClassifier cap = ThemeClassifiers.cap();                    // built-in, no training
 * ThemeClassifier mine = ThemeClassifiers.train(ThemeSets.cap(), examples,
 *     TrainingOptions.defaults().withSeed(7));                     // keywords as seeds
 * ThemeClassifiers.save(mine, Path.of("cap-model.json.gz"));
 * ThemeClassifier again = ThemeClassifiers.load(Path.of("cap-model.json.gz"));
 * }</pre>
 *
 * <p>Stateless and thread-safe; every classifier it returns is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ThemeClassifiers {
  /** The format name of model files. */
  public static final String MODEL_FORMAT = "rostra-theme-model";
  /**
   * The newest model format version this library reads and the one it writes. Version 2
   * (word pairs in a window, word prefixes, penalties per training set) replaced version 1;
   * version 3 ({@code U.S.} a content word, so word pairs around it differ) replaced version
   * 2. Trained models of an older version must be trained again (loading one fails with a
   * clear error); lexicon models of any version still load.
   */
  public static final int MODEL_VERSION = 3;

  private ThemeClassifiers() {}

  /** The built-in CAP topics scored by their lexicon (needs {@code rostra-models-en}). */
  public static ThemeClassifier cap() {
    return lexicon(ThemeSets.cap());
  }

  /** A lexicon classifier over a theme set, with default options. */
  public static ThemeClassifier lexicon(ThemeSet themes) {
    return lexicon(themes, ThemeOptions.defaults());
  }

  /** A lexicon classifier over a theme set. */
  public static ThemeClassifier lexicon(ThemeSet themes, ThemeOptions options) {
    Objects.requireNonNull(themes, "themes");
    Objects.requireNonNull(options, "options");
    return new LexiconClassifier(themes, options);
  }

  /**
   * Trains a classifier for the themes of a set from labelled texts and the themes' own
   * {@link Theme#examples() examples}; the themes' keywords, phrases and patterns are its
   * seeds. Deterministic: the same set, texts (in the same order) and options give the same
   * model.
   *
   * @throws AnnotationException THEMES_INVALID when a text carries an id not in the set;
   *     CONFIG_INVALID when there is nothing to train on
   */
  public static ThemeClassifier train(
      ThemeSet themes, Collection<LabelledText> examples, TrainingOptions options) {
    Objects.requireNonNull(themes, "themes");
    Objects.requireNonNull(examples, "examples");
    Objects.requireNonNull(options, "options");
    return LinearClassifier.train(themes, List.copyOf(examples), options,
        ThemeOptions.defaults());
  }

  /**
   * Trains a classifier without seeds: its themes are the ids the texts carry (label = id),
   * in order of first appearance.
   */
  public static ThemeClassifier train(
      Collection<LabelledText> examples, TrainingOptions options) {
    Set<String> ids = new LinkedHashSet<>();
    for (LabelledText e : examples) {
      ids.addAll(e.themeIds());
    }
    List<Theme> themes = new ArrayList<>();
    for (String id : ids) {
      themes.add(Theme.builder(id).build());
    }
    return train(ThemeSet.of("trained", "1", themes), examples, options);
  }

  /**
   * Saves a classifier (its theme set, options and, when trained, its weights) to a model
   * file; a name ending in {@code .gz} is gzip-compressed.
   *
   * @throws AnnotationException IO_ERROR when the file cannot be written; CONFIG_INVALID for a
   *     classifier not made by this factory
   */
  public static void save(ThemeClassifier classifier, Path file) {
    Objects.requireNonNull(classifier, "classifier");
    Objects.requireNonNull(file, "file");
    if (!(classifier instanceof BaseClassifier)) {
      throw new AnnotationException(ErrorCode.CONFIG_INVALID,
          "only classifiers made by ThemeClassifiers can be saved, not "
              + classifier.getClass().getName());
    }
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out = file.toString().endsWith(".gz")
            ? new GZIPOutputStream(new BufferedOutputStream(raw, 1 << 16))
            : new BufferedOutputStream(raw, 1 << 16);
        JsonGenerator g = Json.FACTORY.createGenerator(out)) {
      write((BaseClassifier) classifier, g);
    } catch (IOException e) {
      throw new AnnotationException(ErrorCode.IO_ERROR, "cannot write " + file + ": " + e, e);
    }
  }

  /**
   * Loads a model file written by {@link #save} ({@code .gz}: gzip-compressed).
   *
   * @throws AnnotationException THEMES_INVALID naming file and line for a malformed model;
   *     IO_ERROR when it cannot be read
   */
  public static ThemeClassifier load(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new AnnotationException(ErrorCode.IO_ERROR, "cannot read " + file + ": " + e, e);
    }
  }

  /** Reads a model (uncompressed JSON) from a stream (not closed); {@code source} names it in errors. */
  public static ThemeClassifier read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Json.Value root = Json.read(in, source);
    Map<String, Json.Value> m = root.object(source, "a theme model");
    Json.Value format = m.get("format");
    if (format == null || !MODEL_FORMAT.equals(format.v())) {
      throw Json.error(source, root.line(),
          "not a theme model: \"format\" must be \"" + MODEL_FORMAT + "\"");
    }
    double version = need(m, "version", source, root).number(source, "version");
    if (version < 1 || version > MODEL_VERSION) {
      throw Json.error(source, root.line(), "model version " + version + " is not supported");
    }
    Json.Value kindValue = m.get("kind");
    if (version < MODEL_VERSION && kindValue != null && "linear".equals(kindValue.v())) {
      throw Json.error(source, root.line(), "trained model version " + (int) version
          + " has other features than version " + MODEL_VERSION + ": train it again");
    }
    ThemeSet set = ThemeSets.fromJson(need(m, "themes", source, root), source);
    Map<String, Json.Value> om = need(m, "options", source, root).object(source, "options");
    ThemeOptions options =
        new ThemeOptions(
            num(om, "threshold", source), (int) num(om, "top_k", source),
            num(om, "part_threshold", source), (int) num(om, "part_top_k", source),
            Boolean.TRUE.equals(om.get("paragraphs").v()),
            Boolean.TRUE.equals(om.get("quotes").v()));
    String kind = need(m, "kind", source, root).string(source, "kind");
    if (kind.equals("lexicon")) {
      return new LexiconClassifier(set, options);
    }
    if (!kind.equals("linear")) {
      throw Json.error(source, m.get("kind").line(), "unknown model kind '" + kind + "'");
    }
    Map<String, Json.Value> tm = need(m, "training", source, root).object(source, "training");
    TrainingOptions training =
        new TrainingOptions(
            (long) num(tm, "seed", source), (int) num(tm, "epochs", source),
            num(tm, "learning_rate", source), num(tm, "l2", source),
            num(tm, "seed_strength", source), num(tm, "seed_l2", source),
            (int) num(tm, "min_count", source), Boolean.TRUE.equals(tm.get("bigrams").v()),
            (int) num(tm, "pair_window", source), (int) num(tm, "prefix_length", source));
    int c = set.size();
    List<Json.Value> feats = need(m, "features", source, root).array(source, "features");
    Map<String, Integer> vocab = new LinkedHashMap<>();
    for (Json.Value f : feats) {
      if (vocab.put(f.string(source, "a feature"), vocab.size()) != null) {
        throw Json.error(source, f.line(), "duplicate feature");
      }
    }
    int nf = vocab.size();
    float[] bias = vector(need(m, "bias", source, root), c, source);
    float[][] v = matrix(need(m, "lexicon_weights", source, root), c, c, source);
    float[][] w = matrix(need(m, "weights", source, root), c, nf, source);
    return new LinearClassifier(set, options, Lexicon.compile(set.themes()), training, vocab,
        interleave(w, nf, c), interleave(v, c, c), bias);
  }

  private static Json.Value need(Map<String, Json.Value> m, String k, String src, Json.Value at) {
    Json.Value v = m.get(k);
    if (v == null) {
      throw Json.error(src, at.line(), "\"" + k + "\" is missing");
    }
    return v;
  }

  /** [class][feature] rows to the classifier's [feature * c + class] layout. */
  private static float[] interleave(float[][] rows, int features, int c) {
    float[] out = new float[features * c];
    for (int k = 0; k < c; k++) {
      for (int f = 0; f < features; f++) {
        out[f * c + k] = rows[k][f];
      }
    }
    return out;
  }

  /** One class's row of an interleaved [feature * c + class] array. */
  private static float[] row(float[] a, int k, int c) {
    float[] out = new float[a.length / c];
    for (int f = 0; f < out.length; f++) {
      out[f] = a[f * c + k];
    }
    return out;
  }

  private static double num(Map<String, Json.Value> m, String k, String src) {
    Json.Value v = m.get(k);
    if (v == null) {
      throw Json.error(src, 0, "\"" + k + "\" is missing");
    }
    return v.number(src, k);
  }

  private static float[] vector(Json.Value v, int n, String src) {
    List<Json.Value> l = v.array(src, "a vector");
    if (l.size() != n) {
      throw Json.error(src, v.line(), "expected " + n + " numbers, found " + l.size());
    }
    float[] out = new float[n];
    for (int i = 0; i < n; i++) {
      out[i] = (float) l.get(i).number(src, "a weight");
    }
    return out;
  }

  private static float[][] matrix(Json.Value v, int rows, int cols, String src) {
    List<Json.Value> l = v.array(src, "a matrix");
    if (l.size() != rows) {
      throw Json.error(src, v.line(), "expected " + rows + " rows, found " + l.size());
    }
    float[][] out = new float[rows][];
    for (int i = 0; i < rows; i++) {
      out[i] = vector(l.get(i), cols, src);
    }
    return out;
  }

  private static void write(BaseClassifier c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", MODEL_FORMAT);
    g.writeNumberField("version", MODEL_VERSION);
    g.writeStringField("kind", c instanceof LinearClassifier ? "linear" : "lexicon");
    g.writeFieldName("themes");
    ThemeSets.writeTo(c.set, g);
    ThemeOptions o = c.options;
    g.writeObjectFieldStart("options");
    g.writeNumberField("threshold", o.threshold());
    g.writeNumberField("top_k", o.topK());
    g.writeNumberField("part_threshold", o.partThreshold());
    g.writeNumberField("part_top_k", o.partTopK());
    g.writeBooleanField("paragraphs", o.paragraphs());
    g.writeBooleanField("quotes", o.quotes());
    g.writeEndObject();
    if (c instanceof LinearClassifier lc) {
      TrainingOptions t = lc.training;
      g.writeObjectFieldStart("training");
      g.writeNumberField("seed", t.seed());
      g.writeNumberField("epochs", t.epochs());
      g.writeNumberField("learning_rate", t.learningRate());
      g.writeNumberField("l2", t.l2());
      g.writeNumberField("seed_strength", t.seedStrength());
      g.writeNumberField("seed_l2", t.seedL2());
      g.writeNumberField("min_count", t.minCount());
      g.writeBooleanField("bigrams", t.bigrams());
      g.writeNumberField("pair_window", t.pairWindow());
      g.writeNumberField("prefix_length", t.prefixLength());
      g.writeEndObject();
      g.writeArrayFieldStart("features");
      for (String f : lc.vocab.keySet()) {
        g.writeString(f);
      }
      g.writeEndArray();
      g.writeFieldName("bias");
      floats(g, lc.bias);
      int nc = lc.bias.length;
      g.writeArrayFieldStart("lexicon_weights");
      for (int k = 0; k < nc; k++) {
        g.writeRaw('\n');
        floats(g, row(lc.v, k, nc));
      }
      g.writeEndArray();
      g.writeArrayFieldStart("weights");
      for (int k = 0; k < nc; k++) {
        g.writeRaw('\n');
        floats(g, row(lc.w, k, nc));
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeRaw('\n');
  }

  private static void floats(JsonGenerator g, float[] a) throws IOException {
    g.writeStartArray();
    for (float x : a) {
      // floats print their shortest round-trip form: the model reloads bit-exact
      if (x == 0f) {
        g.writeNumber(0);
      } else {
        g.writeNumber(x);
      }
    }
    g.writeEndArray();
  }
}
