package org.rostra.models.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rostra.Annotator;
import org.rostra.doc.Attribution;
import org.rostra.doc.Document;
import org.rostra.doc.Quote;
import org.rostra.doc.TextSpan;

/**
 * The seed article's quotes with the real cue lexicon: our own hand-written expected output
 * ({@code golden/seed-quotes.json}), and a check against the shared hand-made gold when
 * {@code ../shared} is present.
 */
class SeedQuotesGoldenTest {
  static final Annotator ANNOTATOR = Annotator.builder().tokenize().quotes().build();

  static String seed() throws IOException {
    try (InputStream in = SeedQuotesGoldenTest.class.getResourceAsStream("/samples/seed.txt")) {
      if (in != null) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    return Files.readString(
        Path.of(System.getProperty("user.dir"), "..", "examples", "src", "main", "resources",
            "samples", "seed.txt"),
        StandardCharsets.UTF_8);
  }

  static Document annotate() throws IOException {
    return ANNOTATOR.annotate(seed(), LocalDate.of(2023, 4, 14));
  }

  static Map<String, Object> row(Quote q) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("start", (long) q.start());
    m.put("end", (long) q.end());
    m.put("kind", q.kind().name().toLowerCase(Locale.ROOT));
    m.put("cue", q.cue().map(c -> c.text()).orElse(null));
    m.put("speaker", q.speaker().map(Attribution::text).orElse(null));
    m.put("source", q.source().map(Attribution::text).orElse(null));
    return m;
  }

  @Test
  void seedQuotesMatchTheHandWrittenGolden() throws IOException {
    List<Map<String, Object>> expected;
    try (InputStream in = getClass().getResourceAsStream("golden/seed-quotes.json")) {
      assertNotNull(in);
      expected = readRows(in);
    }
    List<Map<String, Object>> actual = new ArrayList<>();
    for (Quote q : annotate().quotes()) {
      actual.add(row(q));
    }
    assertEquals(expected, actual);
  }

  @Test
  void seedQuotesAgreeWithTheSharedGold() throws IOException {
    Path shared = Path.of(System.getProperty("rostra.shared", "../shared"));
    Path gold = shared.resolve("seed").resolve("xi-guangdong-2023-04-14.gold.json");
    assumeTrue(Files.isReadable(gold), "shared seed gold absent");
    Map<String, Object> g;
    try (InputStream in = Files.newInputStream(gold)) {
      g = readObject(in);
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> gq = (List<Map<String, Object>>) g.get("quotes");
    assertEquals(9, gq.size());
    Document doc = annotate();
    List<Quote> pred = doc.quotes();
    int sources = 0;
    for (Map<String, Object> q : gq) {
      TextSpan content = span(q);
      Quote match = null;
      for (Quote p : pred) {
        if (p.span().overlaps(content)) {
          match = p;
        }
      }
      assertNotNull(match, "gold quote not found: " + content);
      assertEquals(q.get("kind"), match.kind().name().toLowerCase(Locale.ROOT), "kind " + content);
      @SuppressWarnings("unchecked")
      Map<String, Object> cue = (Map<String, Object>) q.get("cue");
      assertTrue(match.cue().orElseThrow().span().overlaps(span(cue)), "cue " + content);
      @SuppressWarnings("unchecked")
      Map<String, Object> spk = (Map<String, Object>) q.get("speaker");
      Attribution s = match.speaker().orElseThrow();
      assertTrue(s.span().overlaps(span(spk)), "speaker " + content);
      assertTrue(s.text().contains((String) spk.get("text")), "speaker text " + s.text());
      if (q.get("source") instanceof Map<?, ?> src) {
        @SuppressWarnings("unchecked")
        Map<String, Object> srcm = (Map<String, Object>) src;
        assertTrue(match.source().orElseThrow().span().overlaps(span(srcm)), "source " + content);
        sources++;
      }
    }
    assertEquals(2, sources);
    // the "common prosperity" slogan is not a quote
    int slogan = doc.text().indexOf("The “common prosperity” slogan");
    assertTrue(slogan > 0);
    TextSpan sloganSpan = TextSpan.of(slogan, slogan + 30);
    for (Quote p : pred) {
      assertFalse(p.span().overlaps(sloganSpan), "slogan taken for a quote");
    }
  }

  @Test
  void seedSpeakersResolveThroughTheEntityLayer() throws IOException {
    Annotator withEntities = Annotator.builder().tokenize().entities().quotes().build();
    Document doc = withEntities.annotate(seed(), LocalDate.of(2023, 4, 14));
    List<Quote> quotes = doc.quotes();
    assertEquals(9, quotes.size());
    Map<String, Integer> byEntity = new LinkedHashMap<>();
    for (Quote q : quotes) {
      Attribution s = q.speaker().orElseThrow();
      String id = s.link().map(l -> l.kbId()).orElse("unlinked:" + s.text());
      byEntity.merge(id, 1, Integer::sum);
      if (s.text().contains("Sullivan")) {
        assertTrue(s.link().isPresent(), "Sullivan linked");
        assertTrue(s.link().get().label().contains("Jake Sullivan"), s.link().get().label());
      }
    }
    assertEquals(8, byEntity.getOrDefault("Q15031", 0), "Xi Jinping x8: " + byEntity);
    assertEquals(2, byEntity.size(), "only Xi and Sullivan: " + byEntity);
    // the same quotes as without the entity layer
    List<Map<String, Object>> plain = new ArrayList<>();
    for (Quote q : annotate().quotes()) {
      plain.add(row(q));
    }
    List<Map<String, Object>> linked = new ArrayList<>();
    for (Quote q : quotes) {
      linked.add(row(q));
    }
    assertEquals(plain, linked);
  }

  static TextSpan span(Map<String, Object> m) {
    return TextSpan.of(((Number) m.get("start")).intValue(), ((Number) m.get("end")).intValue());
  }

  // a small JSON reader over Jackson's streaming API (test only)

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> readRows(InputStream in) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(in)) {
      p.nextToken();
      return (List<Map<String, Object>>) value(p);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> readObject(InputStream in) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(in)) {
      p.nextToken();
      return (Map<String, Object>) value(p);
    }
  }

  static Object value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() != JsonToken.END_OBJECT) {
          String k = p.currentName();
          p.nextToken();
          m.put(k, value(p));
        }
        return m;
      }
      case START_ARRAY -> {
        List<Object> l = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          l.add(value(p));
        }
        return l;
      }
      case VALUE_STRING -> {
        return p.getText();
      }
      case VALUE_NUMBER_INT -> {
        return p.getLongValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        return p.getDoubleValue();
      }
      case VALUE_TRUE -> {
        return true;
      }
      case VALUE_FALSE -> {
        return false;
      }
      default -> {
        return null;
      }
    }
  }
}
