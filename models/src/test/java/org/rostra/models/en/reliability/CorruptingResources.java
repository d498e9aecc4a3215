package org.rostra.models.en.reliability;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import org.rostra.models.en.EnglishResources;
import org.rostra.spi.ResourceProvider;

/**
 * A {@link ResourceProvider} that serves the English resources with one of them broken, as
 * told by {@code rostra-corrupt.properties} on its class path ({@code resource} = a name,
 * {@code mode} = {@code truncate}, {@code head}, {@code garbage}, {@code flip},
 * {@code empty}). Only used from an isolated class loader by {@link BrokenResourcesTest}.
 */
public final class CorruptingResources implements ResourceProvider {
  private final EnglishResources real = new EnglishResources();

  /** For {@link java.util.ServiceLoader}. */
  public CorruptingResources() {}

  /** Read at every {@code open} so that one class loader serves every case of a test. */
  private static Properties config() throws IOException {
    Properties p = new Properties();
    java.net.URL url =
        CorruptingResources.class.getClassLoader().getResource("rostra-corrupt.properties");
    if (url != null) {
      java.net.URLConnection c = url.openConnection();
      c.setUseCaches(false);
      try (InputStream in = c.getInputStream()) {
        p.load(in);
      }
    }
    return p;
  }

  @Override
  public String language() {
    return "en";
  }

  @Override
  public String version() {
    return "corrupt";
  }

  @Override
  public Set<String> names() {
    return real.names();
  }

  @Override
  public Optional<InputStream> open(String name) throws IOException {
    Properties p = config();
    String target = p.getProperty("resource", "");
    String mode = p.getProperty("mode", "truncate");
    Optional<InputStream> in = real.open(name);
    if (!name.equals(target) || in.isEmpty()) {
      return in;
    }
    byte[] bytes;
    try (InputStream s = in.get()) {
      bytes = s.readAllBytes();
    }
    return Optional.of(new ByteArrayInputStream(corrupt(bytes, mode)));
  }

  /** The bytes broken in one of the ways. */
  public static byte[] corrupt(byte[] b, String mode) {
    switch (mode) {
      case "truncate":
        return java.util.Arrays.copyOf(b, b.length / 2 + 3);
      case "head":
        return java.util.Arrays.copyOf(b, Math.min(b.length, 10));
      case "empty":
        return new byte[0];
      case "garbage": {
        byte[] g = new byte[b.length];
        new Random(42).nextBytes(g);
        return g;
      }
      case "flip": {
        byte[] f = b.clone();
        Random r = new Random(7);
        int from = f.length / 3;
        for (int i = 0; i < 64 && from + i < f.length; i++) {
          f[from + i] = (byte) r.nextInt();
        }
        return f;
      }
      default:
        throw new IllegalArgumentException(mode);
    }
  }
}
