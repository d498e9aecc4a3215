package org.rostra;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Loaded built-in stages (POS and lemma models, the bundled knowledge base and its linker
 * index, the CAP themes, the quote attributor's lexicons) shared by every {@link Annotator}
 * built with it: the first {@code build()} loads them, later ones reuse them and cost almost
 * nothing.
 *
 * <pre>{@code
 * ResourceCache cache = ResourceCache.create();
 * Annotator quotes = Annotator.builder().resources(cache).tokenize().quotes().build();
 * Annotator all = Annotator.builder().resources(cache).tokenize().entities().quotes().build();
 * // the POS model is loaded once
 * }</pre>
 *
 * <p>There is no global cache: sharing is explicit, and the cache's memory is released with
 * the cache and the annotators that use it. Built-in stages are immutable and thread-safe, so
 * sharing them across annotators and threads is safe. Stages and classifiers given to the
 * builder as instances are never cached. Thread-safe.
 *
 * @since 0.1
 */
public final class ResourceCache {
  private final Map<String, Object> loaded = new ConcurrentHashMap<>();

  private ResourceCache() {}

  /** A new, empty cache. */
  public static ResourceCache create() {
    return new ResourceCache();
  }

  /** The number of resources loaded so far. */
  public int size() {
    return loaded.size();
  }

  /** The resource under {@code key}, loaded by {@code loader} the first time. */
  @SuppressWarnings("unchecked")
  <T> T get(String key, Supplier<? extends T> loader) {
    Objects.requireNonNull(loader, "loader");
    Object o = loaded.get(key);
    if (o == null) {
      // not computeIfAbsent: a loader may itself use the cache; two racing first loads
      // are harmless (same content), the first one stored wins
      Object v = Objects.requireNonNull(loader.get(), key);
      o = loaded.putIfAbsent(key, v);
      if (o == null) {
        o = v;
      }
    }
    return (T) o;
  }

  @Override
  public String toString() {
    return "ResourceCache" + loaded.keySet();
  }
}
