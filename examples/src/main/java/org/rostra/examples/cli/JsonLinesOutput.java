package org.rostra.examples.cli;

import org.rostra.doc.Document;
import org.rostra.io.JsonLines;

/** Renders one annotated document in the chosen format. */
final class JsonLinesOutput {
  private JsonLinesOutput() {}

  static String render(Document d, boolean pretty) {
    return pretty ? JsonLines.toPrettyJson(d) : JsonLines.toJson(d);
  }
}
