package org.rostra.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rostra.Annotator;
import org.rostra.doc.Dateline;
import org.rostra.doc.Document;
import org.rostra.doc.Sentence;
import org.rostra.doc.Token;

/** The seed article's sentences, datelines and clitics, frozen after a check by hand. */
class SeedGoldenTest {

  static String resource(String name) throws IOException {
    try (InputStream in = SeedGoldenTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The golden file: an object of strings and arrays of strings. */
  static Map<String, List<String>> read(String json) throws IOException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        List<String> values = new ArrayList<>();
        if (p.nextToken() == JsonToken.START_ARRAY) {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            values.add(p.getText());
          }
        } else {
          values.add(p.getText());
        }
        out.put(name, values);
      }
    }
    return out;
  }

  static List<String> list(List<String> l) {
    return l;
  }

  @Test
  void seedArticleMatchesItsGoldenFile() throws IOException {
    String text = resource("seed.txt");
    Map<String, List<String>> gold = read(resource("seed-tokenize.json"));
    Document d = Annotator.builder().tokenize().build().annotate(text);

    List<String> sentences = new ArrayList<>();
    for (Sentence s : d.sentences()) {
      sentences.add(s.span().textOf(text));
    }
    // one sentence per line: a failure shows the line that differs
    assertEquals(String.join("\n", list(gold.get("sentences"))), String.join("\n", sentences));

    List<String> datelines = new ArrayList<>();
    for (Dateline dl : d.datelines()) {
      datelines.add(dl.kind() + "|" + dl.span().start() + "|" + dl.span().end() + "|"
          + dl.date().map(Object::toString).orElse(""));
    }
    assertEquals(list(gold.get("datelines")), datelines);
    assertEquals(gold.get("date").get(0), d.date().orElseThrow().toString());

    List<String> special = new ArrayList<>();
    for (Token t : d.tokens()) {
      if (t.text().contains("’") || t.text().contains("'") || t.text().contains(".")) {
        special.add(t.text());
      }
    }
    assertEquals(list(gold.get("tokens_with_clitics_or_periods")), special);
  }
}
