package org.rostra.theme;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.rostra.AnnotationException;
import org.rostra.ErrorCode;
import org.rostra.internal.Resources;

/**
 * Creates, loads and saves {@link ThemeSet}s.
 *
 * <p>The file format is JSON, versioned and meant to be edited by hand:
 *
 * <pre>{@code
 * {
 *   "format": "rostra-themes",
 *   "version": 1,
 *   "name": "seed-themes",
 *   "set_version": "1.0",
 *   "themes": [
 *     {"id": "export-controls", "label": "Export controls", "description": "...",
 *      "keywords": {"export control": 3, "entity list": 2, "sanction": 1},
 *      "patterns": {"\\bchip (ban|curbs?)\\b": 2},
 *      "negatives": {},
 *      "examples": ["Washington tightened export controls on advanced chips."]}
 *   ]
 * }
 * }</pre>
 *
 * {@code keywords}, {@code patterns} and {@code negatives} map a phrase or regular expression
 * to its weight (a plain array of strings means weight 1). A duplicate theme id, duplicate
 * key, bad pattern or bad weight fails with {@link ErrorCode#THEMES_INVALID} naming the file
 * and line.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ThemeSets {
  /** The format name in theme-set files. */
  public static final String FORMAT = "rostra-themes";
  /** The newest format version this library reads and the one it writes. */
  public static final int VERSION = 1;

  private ThemeSets() {}

  /**
   * The built-in Comparative Agendas Project major topics ({@code cap:1} … {@code cap:23},
   * no 11 or 22) and {@code cap:0} "no policy content", with Rostra's English lexicon. Needs
   * {@code rostra-models-en} on the class path.
   *
   * @throws AnnotationException RESOURCE_NOT_FOUND without the models artifact
   */
  public static ThemeSet cap() {
    Resources r = Resources.forLanguage("en", ThemeSets.class.getClassLoader());
    try (InputStream in = r.open("themes/cap")) {
      return read(in, "themes/cap");
    } catch (IOException e) {
      throw new AnnotationException(ErrorCode.RESOURCE_INVALID, "themes/cap: " + e, e);
    }
  }

  /** A set of the given themes (name {@code custom}, version {@code 1}). */
  public static ThemeSet of(Theme... themes) {
    return ThemeSet.of("custom", "1", List.of(themes));
  }

  /** A named set of the given themes. */
  public static ThemeSet of(String name, String version, List<Theme> themes) {
    return ThemeSet.of(name, version, themes);
  }

  /**
   * Loads a theme-set file.
   *
   * @throws AnnotationException THEMES_INVALID naming the file and line; IO_ERROR when the
   *     file cannot be read
   */
  public static ThemeSet load(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new AnnotationException(ErrorCode.IO_ERROR, "cannot read " + file + ": " + e, e);
    }
  }

  /**
   * Reads a theme set in the file format from a stream (not closed).
   *
   * @param in the JSON
   * @param source a name for error messages, such as the file name
   * @return the set
   * @throws AnnotationException THEMES_INVALID naming the source and line
   */
  public static ThemeSet read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    return fromJson(Json.read(in, source), source);
  }

  static ThemeSet fromJson(Json.Value root, String src) {
    Map<String, Json.Value> m = root.object(src, "a theme set");
    Json.Value format = m.get("format");
    if (format == null || !FORMAT.equals(format.v())) {
      throw Json.error(src, root.line(), "not a theme set: \"format\" must be \"" + FORMAT + "\"");
    }
    Json.Value version = m.get("version");
    if (version == null || !(version.v() instanceof Number)) {
      throw Json.error(src, root.line(), "\"version\" (a number) is missing");
    }
    double v = version.number(src, "version");
    if (v > VERSION || v < 1) {
      throw Json.error(src, version.line(),
          "format version " + v + " is not supported (this library reads 1 to " + VERSION + ")");
    }
    String name = m.containsKey("name") ? m.get("name").string(src, "name") : "custom";
    String setVersion =
        m.containsKey("set_version") ? m.get("set_version").string(src, "set_version") : "1";
    Json.Value list = m.get("themes");
    if (list == null) {
      throw Json.error(src, root.line(), "\"themes\" is missing");
    }
    List<Theme> themes = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (Json.Value tv : list.array(src, "themes")) {
      Map<String, Json.Value> t = tv.object(src, "a theme");
      if (!t.containsKey("id")) {
        throw Json.error(src, tv.line(), "theme without \"id\"");
      }
      String id = t.get("id").string(src, "id");
      Integer before = seen.put(id, tv.line());
      if (before != null) {
        throw Json.error(src, t.get("id").line(),
            "duplicate theme id '" + id + "' (first defined at line " + before + ")");
      }
      Theme.Builder b = Theme.builder(id);
      if (t.containsKey("label")) {
        b.label(t.get("label").string(src, "label"));
      }
      if (t.containsKey("description")) {
        b.description(t.get("description").string(src, "description"));
      }
      weights(src, id, t.get("keywords"), "keywords", false).forEach(b::keyword);
      weights(src, id, t.get("patterns"), "patterns", true).forEach(b::pattern);
      weights(src, id, t.get("negatives"), "negatives", false).forEach(b::negative);
      if (t.containsKey("examples")) {
        for (Json.Value e : t.get("examples").array(src, "examples")) {
          b.examples(e.string(src, "an example"));
        }
      }
      for (String k : t.keySet()) {
        if (!List.of("id", "label", "description", "keywords", "patterns", "negatives",
            "examples").contains(k)) {
          throw Json.error(src, t.get(k).line(), "theme '" + id + "': unknown field '" + k + "'");
        }
      }
      try {
        themes.add(b.build());
      } catch (AnnotationException e) {
        throw Json.error(src, tv.line(), e.getMessage().replaceFirst("^R\\d+ \\w+: ", ""));
      }
    }
    return ThemeSet.of(name, setVersion, themes);
  }

  private static Map<String, Double> weights(
      String src, String id, Json.Value v, String what, boolean regex) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (v == null) {
      return out;
    }
    if (v.v() instanceof List) {
      for (Json.Value e : v.array(src, what)) {
        String k = e.string(src, "an entry of " + what);
        check(src, id, e.line(), k, 1.0, what, regex);
        if (out.put(k, 1.0) != null) {
          throw Json.error(src, e.line(), "theme '" + id + "': duplicate " + what + " entry '" + k + "'");
        }
      }
      return out;
    }
    // an object keeps no line per key; its values do
    for (Map.Entry<String, Json.Value> e : v.object(src, what).entrySet()) {
      double w = e.getValue().number(src, "the weight of '" + e.getKey() + "'");
      check(src, id, e.getValue().line(), e.getKey(), w, what, regex);
      out.put(e.getKey(), w);
    }
    return out;
  }

  private static void check(
      String src, String id, int line, String k, double w, String what, boolean regex) {
    if (!(w > 0 && w <= 100)) {
      throw Json.error(src, line,
          "theme '" + id + "': " + what + " entry '" + k + "' has weight " + w
              + ", expected in (0, 100]");
    }
    if (regex) {
      try {
        Pattern.compile(k);
      } catch (PatternSyntaxException e) {
        throw Json.error(src, line,
            "theme '" + id + "': bad pattern '" + k + "': " + e.getDescription());
      }
    } else if (!Lexicon.hasWord(k)) {
      throw Json.error(src, line,
          "theme '" + id + "': " + what + " entry '" + k + "' has no letter or digit");
    }
  }

  /**
   * Saves a theme set in the file format (UTF-8, pretty-printed).
   *
   * @throws AnnotationException IO_ERROR when the file cannot be written
   */
  public static void save(ThemeSet set, Path file) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(set, out);
    } catch (IOException e) {
      throw new AnnotationException(ErrorCode.IO_ERROR, "cannot write " + file + ": " + e, e);
    }
  }

  /** Writes a theme set in the file format to a stream (not closed). */
  public static void write(ThemeSet set, OutputStream out) {
    try (JsonGenerator g = Json.FACTORY.createGenerator(out)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
      pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
      g.setPrettyPrinter(pp);
      writeTo(set, g);
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void writeTo(ThemeSet set, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeNumberField("version", VERSION);
    g.writeStringField("name", set.name());
    g.writeStringField("set_version", set.version());
    g.writeArrayFieldStart("themes");
    for (Theme t : set.themes()) {
      g.writeStartObject();
      g.writeStringField("id", t.id());
      g.writeStringField("label", t.label());
      g.writeStringField("description", t.description());
      weights(g, "keywords", t.keywords());
      weights(g, "patterns", t.patterns());
      weights(g, "negatives", t.negatives());
      g.writeArrayFieldStart("examples");
      for (String e : t.examples()) {
        g.writeString(e);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void weights(JsonGenerator g, String field, Map<String, Double> m)
      throws IOException {
    g.writeObjectFieldStart(field);
    for (Map.Entry<String, Double> e : m.entrySet()) {
      double w = e.getValue();
      if (w == Math.rint(w)) {
        g.writeNumberField(e.getKey(), (long) w);
      } else {
        g.writeNumberField(e.getKey(), w);
      }
    }
    g.writeEndObject();
  }
}
