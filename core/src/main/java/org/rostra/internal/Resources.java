package org.rostra.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeSet;
import org.rostra.AnnotationException;
import org.rostra.ErrorCode;
import org.rostra.spi.ResourceProvider;

/**
 * The resources of one language: the {@link ResourceProvider}s on the class path for it, in
 * class-path order (the first one that has a name wins). Not API.
 */
public final class Resources {
  private final String language;
  private final List<ResourceProvider> providers;

  private Resources(String language, List<ResourceProvider> providers) {
    this.language = language;
    this.providers = List.copyOf(providers);
  }

  /** The providers for a language found with {@link ServiceLoader} by the class loader. */
  public static Resources forLanguage(String language, ClassLoader loader) {
    List<ResourceProvider> found = new ArrayList<>();
    for (ResourceProvider p : ServiceLoader.load(ResourceProvider.class, loader)) {
      if (p.language().equals(language)) {
        found.add(p);
      }
    }
    return new Resources(language, found);
  }

  /** Resources from explicit providers (tests, users who package their own). */
  public static Resources of(String language, List<ResourceProvider> providers) {
    return new Resources(language, providers);
  }

  /** The language. */
  public String language() {
    return language;
  }

  /** Whether any provider has the name. */
  public boolean has(String name) {
    for (ResourceProvider p : providers) {
      if (p.names().contains(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Opens a resource.
   *
   * @throws AnnotationException RESOURCE_NOT_FOUND naming the artifact to add and the names
   *     that are available
   */
  public InputStream open(String name) {
    for (ResourceProvider p : providers) {
      if (!p.names().contains(name)) {
        continue;
      }
      try {
        Optional<InputStream> in = p.open(name);
        if (in.isPresent()) {
          return in.get();
        }
      } catch (IOException e) {
        throw new AnnotationException(
            ErrorCode.RESOURCE_INVALID,
            "resource '" + name + "' of " + p.getClass().getName() + " cannot be opened: " + e,
            e);
      }
    }
    TreeSet<String> available = new TreeSet<>();
    for (ResourceProvider p : providers) {
      available.addAll(p.names());
    }
    throw new AnnotationException(
        ErrorCode.RESOURCE_NOT_FOUND,
        "no resource '" + name + "' for language '" + language + "'"
            + (providers.isEmpty()
                ? ": no resource provider on the class path; add the dependency"
                    + " org.rostra:rostra-models-" + language
                : "; available: " + available));
  }
}
