package org.rostra.doc;

/**
 * What a theme score is about.
 *
 * @since 0.1
 */
public enum ThemeLevel {
  /** The whole document. */
  DOCUMENT,
  /** One paragraph: {@link ThemeScore#index()} is its index. */
  PARAGRAPH,
  /** One quote: {@link ThemeScore#index()} is its index. */
  QUOTE
}
