/**
 * Rostra: annotates political text. Start with {@link org.rostra.Annotator#builder()}.
 *
 * @since 0.1
 */
package org.rostra;
