package org.rostra.io;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.rostra.AnnotationException;
import org.rostra.AnnotationRequest;
import org.rostra.ErrorCode;
import org.rostra.doc.Attribution;
import org.rostra.doc.Cue;
import org.rostra.doc.Dateline;
import org.rostra.doc.Document;
import org.rostra.doc.EntityLink;
import org.rostra.doc.EntityType;
import org.rostra.doc.LayerKey;
import org.rostra.doc.Layers;
import org.rostra.doc.Mention;
import org.rostra.doc.MentionKind;
import org.rostra.doc.Paragraph;
import org.rostra.doc.Quote;
import org.rostra.doc.QuoteKind;
import org.rostra.doc.Sentence;
import org.rostra.doc.TextSpan;
import org.rostra.doc.ThemeLevel;
import org.rostra.doc.ThemeScore;
import org.rostra.doc.Token;
import org.rostra.doc.TokenRange;

/**
 * Reads and writes Rostra's JSON Lines format ({@code docs/json-format.md}): input
 * records ({@code id}, {@code text}, {@code date}, {@code meta}) and annotated documents.
 * Writing then reading a {@link Document} gives an equal document (metadata numbers come
 * back as Integer, Long, BigInteger or Double).
 *
 * <p>Thread-safe; all methods are static.
 *
 * @since 0.1
 */
public final class JsonLines {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxStringLength(Integer.MAX_VALUE)
                  .maxNestingDepth(200)
                  .build())
          .build();

  private JsonLines() {}

  /**
   * Parses one input line.
   *
   * @param line one JSON object with at least {@code id} (string or integer) and {@code text}
   * @return the request
   * @throws AnnotationException INPUT_INVALID saying what is wrong (never quoting the text)
   */
  public static AnnotationRequest parseRequest(String line) {
    try (JsonParser p = FACTORY.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw invalid("not a JSON object");
      }
      String id = null;
      String text = null;
      Optional<LocalDate> date = Optional.empty();
      Map<String, Object> meta = Map.of();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        switch (field) {
          case "id" -> id = readId(t, p);
          case "text" -> {
            if (t != JsonToken.VALUE_STRING) {
              throw invalid("'text' must be a string");
            }
            text = p.getText();
          }
          case "date" -> date = readDate(t, p);
          case "meta" -> {
            if (t == JsonToken.VALUE_NULL) {
              meta = Map.of();
            } else if (t != JsonToken.START_OBJECT) {
              throw invalid("'meta' must be an object");
            } else {
              meta = readObject(p);
            }
          }
          default -> p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        throw invalid("trailing content after the JSON object");
      }
      if (id == null) {
        throw invalid("missing 'id'");
      }
      if (text == null) {
        throw invalid("missing 'text'");
      }
      return new AnnotationRequest(id, text, date, meta);
    } catch (JsonProcessingException e) {
      throw invalid("malformed JSON at column " + e.getLocation().getColumnNr());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String readId(JsonToken t, JsonParser p) throws IOException {
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return p.getBigIntegerValue().toString();
    }
    throw invalid("'id' must be a string or an integer");
  }

  private static Optional<LocalDate> readDate(JsonToken t, JsonParser p) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    if (t != JsonToken.VALUE_STRING) {
      throw invalid("'date' must be an ISO-8601 day such as 2023-04-14");
    }
    String s = p.getText();
    try {
      return Optional.of(LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));
    } catch (DateTimeParseException e) {
      throw invalid("'date' must be an ISO-8601 day such as 2023-04-14");
    }
  }

  private static AnnotationException invalid(String why) {
    return new AnnotationException(ErrorCode.INPUT_INVALID, why);
  }

  /** The document as one line of JSON (no line break). */
  public static String toJson(Document document) {
    return write(document, false);
  }

  /** The document as indented JSON. */
  public static String toPrettyJson(Document document) {
    return write(document, true);
  }

  private static String write(Document d, boolean pretty) {
    StringWriter chars = new StringWriter(d.text().length() * 2 + 256);
    try (JsonGenerator g = FACTORY.createGenerator(chars)) {
      g.setCharacterEscapes(SurrogateEscapes.INSTANCE);
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      g.writeStartObject();
      g.writeStringField("id", d.id());
      g.writeStringField("text", d.text());
      if (d.date().isPresent()) {
        g.writeStringField("date", d.date().get().toString());
      }
      if (!d.meta().isEmpty()) {
        g.writeFieldName("meta");
        writeValue(g, d.meta());
      }
      g.writeArrayFieldStart("layers");
      for (LayerKey<?> k : d.layerKeys()) {
        g.writeString(k.name());
      }
      g.writeEndArray();
      if (d.has(Layers.PARAGRAPHS)) {
        g.writeArrayFieldStart("paragraphs");
        for (Paragraph p : d.paragraphs()) {
          g.writeStartObject();
          span(g, p.span());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (d.has(Layers.SENTENCES)) {
        g.writeArrayFieldStart("sentences");
        for (Sentence s : d.sentences()) {
          g.writeStartObject();
          span(g, s.span());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (d.has(Layers.TOKENS)) {
        List<String> pos = d.find(Layers.POS).orElse(null);
        List<String> lemmas = d.find(Layers.LEMMAS).orElse(null);
        g.writeArrayFieldStart("tokens");
        List<Token> tokens = d.tokens();
        for (int i = 0; i < tokens.size(); i++) {
          g.writeStartObject();
          span(g, tokens.get(i).span());
          if (pos != null) {
            g.writeStringField("pos", pos.get(i));
          }
          if (lemmas != null) {
            g.writeStringField("lemma", lemmas.get(i));
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (d.has(Layers.DATELINES)) {
        g.writeArrayFieldStart("datelines");
        for (Dateline dl : d.datelines()) {
          g.writeStartObject();
          span(g, dl.span());
          g.writeStringField("kind", dl.kind());
          if (dl.date().isPresent()) {
            g.writeStringField("date", dl.date().get().toString());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (d.has(Layers.ENTITIES)) {
        g.writeArrayFieldStart("entities");
        for (Mention m : d.entities()) {
          g.writeStartObject();
          span(g, m.span());
          g.writeStringField("text", m.text());
          g.writeStringField("type", m.type().name());
          g.writeStringField("mention", m.kind().name().toLowerCase(java.util.Locale.ROOT));
          link(g, m.link());
          g.writeNumberField("score", m.score());
          g.writeNumberField("cluster", m.cluster());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (d.has(Layers.QUOTES)) {
        g.writeArrayFieldStart("quotes");
        for (Quote q : d.quotes()) {
          g.writeStartObject();
          span(g, q.span());
          g.writeStringField("text", q.text());
          g.writeStringField("kind", q.kind().name().toLowerCase(java.util.Locale.ROOT));
          g.writeArrayFieldStart("segments");
          for (TextSpan s : q.segments()) {
            g.writeStartObject();
            span(g, s);
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeFieldName("cue");
          if (q.cue().isPresent()) {
            g.writeStartObject();
            span(g, q.cue().get().span());
            g.writeStringField("text", q.cue().get().text());
            g.writeEndObject();
          } else {
            g.writeNull();
          }
          attribution(g, "speaker", q.speaker());
          attribution(g, "source", q.source());
          g.writeNumberField("confidence", q.confidence());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (d.has(Layers.THEMES)) {
        g.writeArrayFieldStart("themes");
        for (ThemeScore t : d.themes()) {
          g.writeStartObject();
          g.writeStringField("id", t.id());
          g.writeStringField("label", t.label());
          g.writeNumberField("score", t.score());
          g.writeStringField("level", t.level().name().toLowerCase(java.util.Locale.ROOT));
          if (t.index().isPresent()) {
            g.writeNumberField(
                t.level() == ThemeLevel.PARAGRAPH ? "paragraph" : "quote", t.index().getAsInt());
          }
          g.writeArrayFieldStart("evidence");
          for (TextSpan s : t.evidence()) {
            g.writeStartObject();
            span(g, s);
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return chars.toString();
  }

  /**
   * Escapes UTF-16 surrogates as {@code \\uXXXX}, so that a lone surrogate (which UTF-8
   * cannot encode) survives the round trip; everything else is written as is.
   */
  private static final class SurrogateEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    static final SurrogateEscapes INSTANCE = new SurrogateEscapes();
    private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch >= 0xD800 && ch <= 0xDFFF) {
        return new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04X", ch));
      }
      return null;
    }
  }

  private static void span(JsonGenerator g, TextSpan s) throws IOException {
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
  }

  private static void link(JsonGenerator g, Optional<EntityLink> link) throws IOException {
    if (link.isPresent()) {
      g.writeStringField("kb", link.get().kbId());
      g.writeStringField("label", link.get().label());
    } else {
      g.writeNullField("kb");
    }
  }

  private static void attribution(JsonGenerator g, String field, Optional<Attribution> a)
      throws IOException {
    g.writeFieldName(field);
    if (a.isEmpty()) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    span(g, a.get().span());
    g.writeStringField("text", a.get().text());
    link(g, a.get().link());
    if (a.get().cluster().isPresent()) {
      g.writeNumberField("cluster", a.get().cluster().getAsInt());
    }
    g.writeEndObject();
  }

  @SuppressWarnings("unchecked")
  private static void writeValue(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Double dd) {
      g.writeNumber(dd);
    } else if (v instanceof BigInteger bi) {
      g.writeNumber(bi);
    } else if (v instanceof BigDecimal bd) {
      g.writeNumber(bd);
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
        g.writeFieldName(e.getKey());
        writeValue(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object o : l) {
        writeValue(g, o);
      }
      g.writeEndArray();
    } else {
      throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
    }
  }

  // ---------------------------------------------------------------- reading documents

  /**
   * Parses an annotated document written by {@link #toJson(Document)}.
   *
   * @throws AnnotationException INPUT_INVALID when the line is not such a document
   */
  public static Document parseDocument(String json) {
    Object root;
    try (JsonParser p = FACTORY.createParser(json)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        throw invalid("not a JSON object");
      }
      root = readObject(p);
    } catch (JsonProcessingException e) {
      throw invalid("malformed JSON at column " + e.getLocation().getColumnNr());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return toDocument(asMap(root));
    } catch (RuntimeException e) {
      if (e instanceof AnnotationException ae) {
        throw ae;
      }
      throw invalid("not an annotated document: " + e.getClass().getSimpleName());
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object o) {
    if (!(o instanceof Map)) {
      throw invalid("expected an object");
    }
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> m, String key) {
    Object o = m.get(key);
    if (!(o instanceof List)) {
      throw invalid("expected a list for '" + key + "'");
    }
    return (List<Object>) o;
  }

  private static int integer(Map<String, Object> m, String key) {
    Object o = m.get(key);
    if (!(o instanceof Integer i)) {
      throw invalid("expected an integer for '" + key + "'");
    }
    return i;
  }

  private static double number(Map<String, Object> m, String key) {
    Object o = m.get(key);
    if (!(o instanceof Number n)) {
      throw invalid("expected a number for '" + key + "'");
    }
    return n.doubleValue();
  }

  private static String string(Map<String, Object> m, String key) {
    Object o = m.get(key);
    if (!(o instanceof String s)) {
      throw invalid("expected a string for '" + key + "'");
    }
    return s;
  }

  private static TextSpan spanOf(Object o) {
    Map<String, Object> m = asMap(o);
    return new TextSpan(integer(m, "start"), integer(m, "end"));
  }

  private static Optional<EntityLink> linkOf(Map<String, Object> m) {
    Object kb = m.get("kb");
    if (kb == null) {
      return Optional.empty();
    }
    return Optional.of(new EntityLink((String) kb, string(m, "label")));
  }

  private static Optional<Attribution> attributionOf(Object o) {
    if (o == null) {
      return Optional.empty();
    }
    Map<String, Object> m = asMap(o);
    OptionalInt cluster =
        m.containsKey("cluster") ? OptionalInt.of(integer(m, "cluster")) : OptionalInt.empty();
    return Optional.of(
        new Attribution(spanOf(m), string(m, "text"), linkOf(m), cluster));
  }

  private static Document toDocument(Map<String, Object> m) {
    String text = string(m, "text");
    Optional<LocalDate> date =
        m.get("date") == null ? Optional.empty() : Optional.of(LocalDate.parse(string(m, "date")));
    Map<String, Object> meta = m.containsKey("meta") ? asMap(m.get("meta")) : Map.of();
    Document d = Document.of(string(m, "id"), text, date, meta);
    List<Object> layerNames = list(m, "layers");
    List<Token> tokens = null;
    if (m.containsKey("tokens")) {
      tokens = new ArrayList<>();
      for (Object o : list(m, "tokens")) {
        TextSpan s = spanOf(o);
        tokens.add(new Token(s, s.textOf(text)));
      }
    }
    for (Object n : layerNames) {
      String name = (String) n;
      switch (name) {
        case "rostra:paragraphs" -> {
          List<Paragraph> ps = new ArrayList<>();
          for (Object o : list(m, "paragraphs")) {
            ps.add(new Paragraph(spanOf(o)));
          }
          d = d.with(Layers.PARAGRAPHS, List.copyOf(ps));
        }
        case "rostra:sentences" -> {
          List<Sentence> ss = new ArrayList<>();
          Document withTokens = tokens == null ? null : Document.of("", text).with(Layers.TOKENS, tokens);
          for (Object o : list(m, "sentences")) {
            TextSpan s = spanOf(o);
            TokenRange r = withTokens == null ? new TokenRange(0, 0) : withTokens.tokenRangeIn(s);
            ss.add(new Sentence(s, r));
          }
          d = d.with(Layers.SENTENCES, List.copyOf(ss));
        }
        case "rostra:tokens" -> d = d.with(Layers.TOKENS, List.copyOf(tokens));
        case "rostra:pos" -> d = d.with(Layers.POS, tokenField(m, "pos"));
        case "rostra:lemmas" -> d = d.with(Layers.LEMMAS, tokenField(m, "lemma"));
        case "rostra:datelines" -> {
          List<Dateline> ds = new ArrayList<>();
          for (Object o : list(m, "datelines")) {
            Map<String, Object> dm = asMap(o);
            Optional<LocalDate> dd =
                dm.get("date") == null
                    ? Optional.empty()
                    : Optional.of(LocalDate.parse(string(dm, "date")));
            ds.add(new Dateline(spanOf(dm), string(dm, "kind"), dd));
          }
          d = d.with(Layers.DATELINES, List.copyOf(ds));
        }
        case "rostra:entities" -> {
          List<Mention> ms = new ArrayList<>();
          for (Object o : list(m, "entities")) {
            Map<String, Object> em = asMap(o);
            ms.add(
                new Mention(
                    spanOf(em),
                    string(em, "text"),
                    EntityType.valueOf(string(em, "type")),
                    MentionKind.valueOf(string(em, "mention").toUpperCase(java.util.Locale.ROOT)),
                    linkOf(em),
                    number(em, "score"),
                    integer(em, "cluster")));
          }
          d = d.with(Layers.ENTITIES, List.copyOf(ms));
        }
        case "rostra:quotes" -> {
          List<Quote> qs = new ArrayList<>();
          for (Object o : list(m, "quotes")) {
            Map<String, Object> qm = asMap(o);
            List<TextSpan> segs = new ArrayList<>();
            for (Object s : list(qm, "segments")) {
              segs.add(spanOf(s));
            }
            Optional<Cue> cue = Optional.empty();
            if (qm.get("cue") != null) {
              Map<String, Object> cm = asMap(qm.get("cue"));
              cue = Optional.of(new Cue(spanOf(cm), string(cm, "text")));
            }
            qs.add(
                new Quote(
                    spanOf(qm),
                    segs,
                    string(qm, "text"),
                    QuoteKind.valueOf(string(qm, "kind").toUpperCase(java.util.Locale.ROOT)),
                    cue,
                    attributionOf(qm.get("speaker")),
                    attributionOf(qm.get("source")),
                    number(qm, "confidence")));
          }
          d = d.with(Layers.QUOTES, List.copyOf(qs));
        }
        case "rostra:themes" -> {
          List<ThemeScore> ts = new ArrayList<>();
          for (Object o : list(m, "themes")) {
            Map<String, Object> tm = asMap(o);
            ThemeLevel level =
                ThemeLevel.valueOf(string(tm, "level").toUpperCase(java.util.Locale.ROOT));
            OptionalInt index =
                switch (level) {
                  case DOCUMENT -> OptionalInt.empty();
                  case PARAGRAPH -> OptionalInt.of(integer(tm, "paragraph"));
                  case QUOTE -> OptionalInt.of(integer(tm, "quote"));
                };
            List<TextSpan> ev = new ArrayList<>();
            for (Object s : list(tm, "evidence")) {
              ev.add(spanOf(s));
            }
            ts.add(
                new ThemeScore(
                    string(tm, "id"), string(tm, "label"), number(tm, "score"), level, index, ev));
          }
          d = d.with(Layers.THEMES, List.copyOf(ts));
        }
        default -> {
          // a custom layer: not serialised, so not restored
        }
      }
    }
    return d;
  }

  private static List<String> tokenField(Map<String, Object> m, String field) {
    List<String> out = new ArrayList<>();
    for (Object o : list(m, "tokens")) {
      out.add(string(asMap(o), field));
    }
    return List.copyOf(out);
  }

  private static Map<String, Object> readObject(JsonParser p) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      out.put(name, readValue(p.nextToken(), p));
    }
    return out;
  }

  private static Object readValue(JsonToken t, JsonParser p) throws IOException {
    if (t == null) {
      throw invalid("unexpected end of input");
    }
    switch (t) {
      case START_OBJECT:
        return readObject(p);
      case START_ARRAY:
        List<Object> l = new ArrayList<>();
        JsonToken n;
        while ((n = p.nextToken()) != JsonToken.END_ARRAY) {
          l.add(readValue(n, p));
        }
        return l;
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return p.getIntValue();
          case LONG:
            return p.getLongValue();
          default:
            return p.getBigIntegerValue();
        }
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw invalid("unexpected JSON token " + t);
    }
  }
}
