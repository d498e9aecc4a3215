package org.rostra.theme;

import java.util.List;
import java.util.Objects;

/**
 * A training text and the ids of the themes it is about (usually one).
 *
 * @param text the text
 * @param themeIds ids of themes of the set being trained, at least one
 * @since 0.1
 */
public record LabelledText(String text, List<String> themeIds) {

  /** Checks for nulls and at least one id; copies the ids. */
  public LabelledText {
    Objects.requireNonNull(text, "text");
    themeIds = List.copyOf(themeIds);
    if (themeIds.isEmpty()) {
      throw new IllegalArgumentException("a labelled text needs at least one theme id");
    }
  }

  /** A text with one theme. */
  public static LabelledText of(String text, String themeId) {
    return new LabelledText(text, List.of(themeId));
  }
}
