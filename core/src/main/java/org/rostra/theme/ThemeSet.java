package org.rostra.theme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.rostra.AnnotationException;
import org.rostra.ErrorCode;

/**
 * A named, versioned, ordered set of {@link Theme}s with unique ids. Created with {@link
 * ThemeSets}; {@link #with} and {@link #without} return changed copies, so a user can add
 * themes to the built-in set or replace it.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ThemeSet {
  private final String name;
  private final String version;
  private final Map<String, Theme> themes;

  private ThemeSet(String name, String version, Map<String, Theme> themes) {
    this.name = name;
    this.version = version;
    this.themes = themes;
  }

  /**
   * A theme set.
   *
   * @param name a short name, such as {@code cap}
   * @param version the set's own version, such as {@code 1.0}
   * @param themes the themes, in order
   * @return the set
   * @throws AnnotationException THEMES_INVALID when two themes share an id
   */
  public static ThemeSet of(String name, String version, List<Theme> themes) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Map<String, Theme> m = new LinkedHashMap<>();
    for (Theme t : themes) {
      Objects.requireNonNull(t, "theme");
      if (m.put(t.id(), t) != null) {
        throw new AnnotationException(
            ErrorCode.THEMES_INVALID,
            "theme set '" + name + "': duplicate theme id '" + t.id() + "'");
      }
    }
    return new ThemeSet(name, version, java.util.Collections.unmodifiableMap(m));
  }

  /** The set's name. */
  public String name() {
    return name;
  }

  /** The set's version. */
  public String version() {
    return version;
  }

  /** The themes, in order. */
  public List<Theme> themes() {
    return List.copyOf(themes.values());
  }

  /** The ids, in order. */
  public List<String> ids() {
    return List.copyOf(themes.keySet());
  }

  /** The theme with this id, if any. */
  public Optional<Theme> get(String id) {
    return Optional.ofNullable(themes.get(id));
  }

  /** The number of themes. */
  public int size() {
    return themes.size();
  }

  /**
   * A copy with more themes appended.
   *
   * @throws AnnotationException THEMES_INVALID when an id is already in the set
   */
  public ThemeSet with(Theme... more) {
    List<Theme> all = new ArrayList<>(themes.values());
    all.addAll(List.of(more));
    return of(name, version, all);
  }

  /** A copy in which a theme with the same id as {@code theme} is replaced, or it is added. */
  public ThemeSet withReplaced(Theme theme) {
    Objects.requireNonNull(theme, "theme");
    Map<String, Theme> m = new LinkedHashMap<>(themes);
    m.put(theme.id(), theme);
    return new ThemeSet(name, version, java.util.Collections.unmodifiableMap(m));
  }

  /** A copy without the themes of these ids (unknown ids are ignored). */
  public ThemeSet without(String... ids) {
    Map<String, Theme> m = new LinkedHashMap<>(themes);
    for (String id : ids) {
      m.remove(id);
    }
    return new ThemeSet(name, version, java.util.Collections.unmodifiableMap(m));
  }

  /** A copy with another name and version. */
  public ThemeSet renamed(String newName, String newVersion) {
    Objects.requireNonNull(newName, "name");
    Objects.requireNonNull(newVersion, "version");
    return new ThemeSet(newName, newVersion, themes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ThemeSet s
        && s.name.equals(name)
        && s.version.equals(version)
        && List.copyOf(s.themes.values()).equals(List.copyOf(themes.values()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, version, List.copyOf(themes.values()));
  }

  @Override
  public String toString() {
    return "ThemeSet[" + name + " " + version + ", " + themes.size() + " themes]";
  }
}
