package org.rostra.theme;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rostra.AnnotationException;
import org.rostra.ErrorCode;

/**
 * A small JSON tree that remembers the line of every value, so that errors in theme files
 * and models name the file and the line. Duplicate object keys are errors.
 */
final class Json {
  /** A value and the line it starts on. */
  record Value(Object v, int line) {
    @SuppressWarnings("unchecked")
    Map<String, Value> object(String source, String what) {
      if (!(v instanceof Map)) {
        throw error(source, line, what + " must be a JSON object");
      }
      return (Map<String, Value>) v;
    }

    @SuppressWarnings("unchecked")
    List<Value> array(String source, String what) {
      if (!(v instanceof List)) {
        throw error(source, line, what + " must be a JSON array");
      }
      return (List<Value>) v;
    }

    String string(String source, String what) {
      if (!(v instanceof String s)) {
        throw error(source, line, what + " must be a string");
      }
      return s;
    }

    double number(String source, String what) {
      if (!(v instanceof Number n)) {
        throw error(source, line, what + " must be a number");
      }
      return n.doubleValue();
    }
  }

  static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  static AnnotationException error(String source, int line, String why) {
    return new AnnotationException(ErrorCode.THEMES_INVALID, source + ":" + line + ": " + why);
  }

  static Value read(InputStream in, String source) {
    try (JsonParser p = FACTORY.createParser(in)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw error(source, 1, "empty file");
      }
      Value v = value(p, t, source);
      if (p.nextToken() != null) {
        throw error(source, p.currentTokenLocation().getLineNr(), "content after the JSON value");
      }
      return v;
    } catch (JsonParseException e) {
      throw error(source, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new AnnotationException(ErrorCode.IO_ERROR, "cannot read " + source + ": " + e, e);
    }
  }

  private static Value value(JsonParser p, JsonToken t, String source) throws IOException {
    int line = p.currentTokenLocation().getLineNr();
    switch (t) {
      case START_OBJECT -> {
        Map<String, Value> m = new LinkedHashMap<>();
        while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
          String k = p.currentName();
          int kl = p.currentTokenLocation().getLineNr();
          Value v = value(p, p.nextToken(), source);
          if (m.put(k, v) != null) {
            throw error(source, kl, "duplicate key '" + k + "'");
          }
        }
        return new Value(m, line);
      }
      case START_ARRAY -> {
        List<Value> l = new ArrayList<>();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          l.add(value(p, t, source));
        }
        return new Value(l, line);
      }
      case VALUE_STRING -> {
        return new Value(p.getText(), line);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new Value(p.getDoubleValue(), line);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Value(t == JsonToken.VALUE_TRUE, line);
      }
      case VALUE_NULL -> {
        return new Value(null, line);
      }
      default -> throw error(source, line, "unexpected JSON token " + t);
    }
  }
}
