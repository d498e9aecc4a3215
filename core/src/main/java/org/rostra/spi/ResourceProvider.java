package org.rostra.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;

/**
 * A packaged set of resources for one language (models, knowledge base, theme sets,
 * lexicons), found with {@link java.util.ServiceLoader}. {@code rostra-models-en} provides
 * the English one; a user can package their own in a jar with a
 * {@code META-INF/services/org.rostra.spi.ResourceProvider} entry.
 *
 * <p>Resource names are stable strings such as {@code opennlp/sentence},
 * {@code opennlp/tokens}, {@code opennlp/pos}, {@code opennlp/lemmas}, {@code kb/bundled},
 * {@code themes/cap}, {@code lexicon/cues}. Implementations must be thread-safe.
 *
 * @since 0.1
 */
public interface ResourceProvider {

  /** The language, as an ISO 639-1 code such as {@code en}. */
  String language();

  /** The version of the resources, such as {@code 1.0.0}. */
  String version();

  /** The names of the resources this provider has. */
  Set<String> names();

  /**
   * Opens a resource.
   *
   * @param name a name from {@link #names()}
   * @return a fresh stream the caller closes, or empty if the provider has no such resource
   * @throws IOException if the resource exists but cannot be opened
   */
  Optional<InputStream> open(String name) throws IOException;
}
