package org.rostra.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rostra.AnnotationException;
import org.rostra.AnnotationRequest;
import org.rostra.ErrorCode;
import org.rostra.doc.Document;
import org.rostra.testing.Texts;

class JsonLinesTest {

  @Test
  void readsTheSpecInput() {
    AnnotationRequest r =
        JsonLines.parseRequest(
            "{\"id\": \"xi\", \"text\": \"Xi said.\", \"date\": \"2023-04-14\", \"lang\": \"en\","
                + " \"meta\": {\"source\": \"Bloomberg\", \"n\": [1, 2.5, null]}}");
    assertEquals("xi", r.id());
    assertEquals("Xi said.", r.text());
    assertEquals(Optional.of(LocalDate.of(2023, 4, 14)), r.date());
    assertEquals("Bloomberg", r.meta().get("source"));
    assertEquals("42", JsonLines.parseRequest("{\"id\": 42, \"text\": \"\"}").id());
  }

  @Test
  void badLinesFailWithACodeAndWithoutTheText() {
    String[] bad = {
      "", "[]", "{", "{\"id\": \"a\"}", "{\"text\": \"secret\"}", "{\"id\": \"a\", \"text\": 3}",
      "{\"id\": \"a\", \"text\": \"secret\", \"date\": \"14/04/2023\"}",
      "{\"id\": \"a\", \"text\": \"secret\"} trailing", "{\"id\": [1], \"text\": \"secret\"}",
      "{\"id\": \"a\", \"text\": \"secret\", \"meta\": 5}"
    };
    for (String line : bad) {
      AnnotationException e =
          assertThrows(AnnotationException.class, () -> JsonLines.parseRequest(line), line);
      assertEquals(ErrorCode.INPUT_INVALID, e.code());
      assertTrue(!e.getMessage().contains("secret"), e.getMessage());
    }
  }

  @Test
  void anyTextSurvivesTheInputFormat() {
    qt().withExamples(Texts.examples())
        .forAll(Texts.anyString())
        .checkAssert(
            text -> {
              Document d = Document.of("id", text, Optional.empty(), Map.of());
              AnnotationRequest r = JsonLines.parseRequest(JsonLines.toJson(d));
              assertEquals(text, r.text());
            });
  }
}
