package org.rostra.doc;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The typed key of a document layer. Built-in layers are constants of {@link Layers}; a
 * custom stage creates its own with a namespaced name ({@code "myorg:sentiment"}). Keys are
 * equal when their names are equal.
 *
 * @param <T> the layer's value type (usually an immutable {@code List})
 * @since 0.1
 */
public final class LayerKey<T> {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]*:[a-z][a-z0-9_.-]*");

  private final String name;
  private final String builderCall;

  private LayerKey(String name, String builderCall) {
    this.name = name;
    this.builderCall = builderCall;
  }

  /**
   * A key for a custom layer.
   *
   * @param name namespaced lower-case name, such as {@code "myorg:sentiment"}
   * @param builderCall what a user adds to the builder to get this layer, for error messages
   * @param <T> the layer's value type
   * @return the key
   */
  public static <T> LayerKey<T> of(String name, String builderCall) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(builderCall, "builderCall");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "layer name must look like 'namespace:name' in lower case, got '" + name + "'");
    }
    return new LayerKey<>(name, builderCall);
  }

  /** The namespaced name, such as {@code rostra:tokens}. */
  public String name() {
    return name;
  }

  /** The builder call that adds the stage providing this layer. */
  public String builderCall() {
    return builderCall;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LayerKey<?> k && k.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
