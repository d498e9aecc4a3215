package org.rostra.entity;

import java.util.Objects;

/**
 * Another name of an entity, such as {@code "PRC"} for the People's Republic of China.
 *
 * @param text the name as written
 * @param lang its language as a BCP 47 tag, such as {@code en}
 * @since 0.1
 */
public record Alias(String text, String lang) {

  /** Checks for nulls and an empty text. */
  public Alias {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lang, "lang");
    if (text.isBlank()) {
      throw new IllegalArgumentException("blank alias");
    }
  }

  /** An English alias. */
  public static Alias en(String text) {
    return new Alias(text, "en");
  }
}
