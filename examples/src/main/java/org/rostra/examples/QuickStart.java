package org.rostra.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.rostra.Annotator;
import org.rostra.doc.Document;
import org.rostra.doc.Sentence;
import org.rostra.io.JsonLines;

/** Quick start: annotate the seed article (bundled as a sample) and print it as JSON. */
public final class QuickStart {
  private QuickStart() {}

  /** Prints the seed article's annotation. */
  public static void main(String[] args) throws IOException {
    String text = sample("seed.txt");
    // snippet:quickstart
    Annotator annotator = Annotator.builder().tokenize().build();
    Document doc = annotator.annotate(text);
    for (Sentence s : doc.sentences()) {
      System.out.println(doc.textOf(s.span()));
    }
    System.out.println(JsonLines.toPrettyJson(doc));
    // end-snippet
  }

  /** A bundled sample text. */
  public static String sample(String name) throws IOException {
    try (InputStream in = QuickStart.class.getResourceAsStream("/samples/" + name)) {
      if (in == null) {
        throw new IOException("no bundled sample " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
