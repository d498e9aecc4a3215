package org.rostra.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.rostra.Annotator;
import org.rostra.doc.Attribution;
import org.rostra.doc.Document;
import org.rostra.doc.EntityLink;
import org.rostra.doc.Mention;
import org.rostra.doc.Quote;
import org.rostra.io.JsonLines;

/**
 * Quick start: annotate the seed article (bundled as a sample) with every layer; print its
 * entities and quotes, then its JSON.
 */
public final class QuickStart {
  private QuickStart() {}

  /** Prints the seed article's annotation. */
  public static void main(String[] args) throws IOException {
    String text = sample("seed.txt");
    // snippet:quickstart
    Annotator annotator = Annotator.builder()
        .tokenize().entities().quotes().themes()   // build once, share across threads
        .build();
    Document doc = annotator.annotate(text);       // or annotate(text, LocalDate)
    for (Mention m : doc.entities()) {
      System.out.println(m.text() + " " + m.type() + " -> " + m.kbId().orElse("NIL"));
    }
    for (Quote q : doc.quotes()) {
      String who = q.speaker().flatMap(Attribution::link).map(EntityLink::label).orElse("?");
      System.out.println(who + ": " + q.text());
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
