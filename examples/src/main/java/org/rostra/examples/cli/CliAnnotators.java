package org.rostra.examples.cli;

import java.util.List;
import org.rostra.Annotator;

/**
 * The annotator {@code rostra annotate} builds, for programs that must give the same output
 * as the command line (the Spark example).
 */
public final class CliAnnotators {
  private CliAnnotators() {}

  /** The layer names {@code --layers} accepts, in pipeline order. */
  public static List<String> layers() {
    return AnnotateCommand.LAYERS;
  }

  /**
   * The annotator of {@code rostra annotate --layers ...}.
   *
   * @param layers layer names from {@link #layers()}; all of them when empty
   * @throws IllegalArgumentException for an unknown layer name
   */
  public static Annotator build(List<String> layers) {
    AnnotateCommand c = new AnnotateCommand();
    c.layers = layers.isEmpty() ? null : List.copyOf(layers);
    c.tokenizer = "rostra"; // picocli's default, which a command built by hand does not get
    return c.buildAnnotator();
  }
}
