package org.rostra.testing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rostra.spi.ResourceProvider;

/** Core's tests get the OpenNLP UD models straight from their jars (test scope). */
public final class TestResources implements ResourceProvider {
  private static final Map<String, String> LOCATIONS =
      Map.of(
          "opennlp/sentence", "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin",
          "opennlp/tokens", "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin",
          "opennlp/pos", "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin",
          "opennlp/lemmas", "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin");

  @Override
  public String language() {
    return "en";
  }

  @Override
  public String version() {
    return "test";
  }

  @Override
  public Set<String> names() {
    return LOCATIONS.keySet();
  }

  @Override
  public Optional<InputStream> open(String name) throws IOException {
    String l = LOCATIONS.get(name);
    return l == null ? Optional.empty() : Optional.ofNullable(getClass().getResourceAsStream(l));
  }
}
