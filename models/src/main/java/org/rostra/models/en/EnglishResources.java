package org.rostra.models.en;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rostra.spi.ResourceProvider;

/**
 * The English resources of {@code rostra-models-en}: the OpenNLP UD English models and
 * Rostra's own knowledge base and lexicons. Found by {@link java.util.ServiceLoader}.
 *
 * <p>Thread-safe and stateless.
 *
 * @since 1.0
 */
public final class EnglishResources implements ResourceProvider {
  /** Resource name to class-path location. */
  private static final Map<String, String> LOCATIONS =
      Map.of(
          "opennlp/sentence", "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin",
          "opennlp/tokens", "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin",
          "opennlp/pos", "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin",
          "opennlp/lemmas", "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin",
          "lexicon/cues", "/org/rostra/models/en/lexicon/cues.tsv",
          // the bundled knowledge base, compiled at build time from src/kb/*.jsonl
          "kb/bundled", "/org/rostra/models/en/kb/bundled.bin",
          "themes/cap", "/org/rostra/models/en/themes/cap-en.json");

  /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
  public EnglishResources() {}

  @Override
  public String language() {
    return "en";
  }

  @Override
  public String version() {
    Package p = EnglishResources.class.getPackage();
    String v = p == null ? null : p.getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public Set<String> names() {
    return LOCATIONS.keySet();
  }

  @Override
  public Optional<InputStream> open(String name) throws IOException {
    String location = LOCATIONS.get(name);
    if (location == null) {
      return Optional.empty();
    }
    InputStream in = EnglishResources.class.getResourceAsStream(location);
    if (in == null) {
      throw new IOException(
          "resource " + name + " is declared but " + location + " is not on the class path");
    }
    return Optional.of(in);
  }
}
