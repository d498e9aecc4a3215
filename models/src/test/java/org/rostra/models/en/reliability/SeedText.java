package org.rostra.models.en.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed article (examples/src/main/resources/samples/seed.txt). */
final class SeedText {
  private SeedText() {}

  static String get() {
    try {
      return Files.readString(
          Path.of(System.getProperty("user.dir"), "..", "examples", "src", "main", "resources",
              "samples", "seed.txt"),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
