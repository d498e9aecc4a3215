/**
 * Themes: what a text is about. A {@link org.rostra.theme.ThemeSet} of
 * {@link org.rostra.theme.Theme}s (the built-in Comparative Agendas Project topics from
 * {@link org.rostra.theme.ThemeSets#cap()}, or your own, in code or in a JSON file), and a
 * {@link org.rostra.theme.ThemeClassifier} that scores documents, paragraphs and quotes
 * against them: a weighted lexicon out of the box ({@link
 * org.rostra.theme.ThemeClassifiers#lexicon(ThemeSet)}), or a linear model trained from a few
 * or many labelled texts that keeps the themes' keywords as seeds ({@link
 * org.rostra.theme.ThemeClassifiers#train}).
 *
 * <p>Every type here is immutable and thread-safe, except the builders.
 */
package org.rostra.theme;
