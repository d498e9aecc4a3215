package org.rostra.examples;

import java.io.IOException;
import java.util.Set;
import org.rostra.Annotator;
import org.rostra.Stage;
import org.rostra.doc.Document;
import org.rostra.doc.LayerKey;
import org.rostra.doc.Layers;
import org.rostra.doc.Sentence;

/**
 * A custom stage: adds a layer with the length, in tokens, of the longest sentence. A stage
 * declares what it requires and provides; {@code build()} checks it.
 */
public final class CustomStageExample {
  private CustomStageExample() {}

  // snippet:custom-stage
  /** The custom layer's key: namespaced, with the builder call that adds it. */
  public static final LayerKey<Integer> LONGEST_SENTENCE =
      LayerKey.of("example:longest-sentence", "stage(new LongestSentence())");

  /** The stage. Immutable, so thread-safe. */
  public static final class LongestSentence implements Stage {
    @Override
    public String name() {
      return "longest-sentence";
    }

    @Override
    public Set<LayerKey<?>> requires() {
      return Set.of(Layers.SENTENCES);
    }

    @Override
    public Set<LayerKey<?>> provides() {
      return Set.of(LONGEST_SENTENCE);
    }

    @Override
    public Document process(Document document) {
      int longest = 0;
      for (Sentence s : document.sentences()) {
        longest = Math.max(longest, s.tokens().size());
      }
      return document.with(LONGEST_SENTENCE, longest);
    }
  }
  // end-snippet

  /** Prints the longest sentence length of the seed article. */
  public static void main(String[] args) throws IOException {
    // snippet:custom-stage-use
    Annotator annotator = Annotator.builder().tokenize().stage(new LongestSentence()).build();
    Document doc = annotator.annotate(QuickStart.sample("seed.txt"));
    System.out.println("longest sentence: " + doc.layer(LONGEST_SENTENCE) + " tokens");
    // end-snippet
  }
}
