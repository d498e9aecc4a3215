package org.rostra.doc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deep, unmodifiable copies of JSON-like values (metadata). */
final class JsonValues {
  private JsonValues() {}

  static Map<String, Object> freeze(Map<String, ?> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : map.entrySet()) {
      if (e.getKey() == null) {
        throw new NullPointerException("null metadata key");
      }
      out.put(e.getKey(), freezeValue(e.getValue()));
    }
    return Collections.unmodifiableMap(out);
  }

  @SuppressWarnings("unchecked")
  private static Object freezeValue(Object v) {
    if (v == null
        || v instanceof String
        || v instanceof Boolean
        || v instanceof Integer
        || v instanceof Long
        || v instanceof Double
        || v instanceof BigInteger
        || v instanceof BigDecimal) {
      return v;
    }
    if (v instanceof Map<?, ?> m) {
      return freeze((Map<String, ?>) m);
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object o : l) {
        out.add(freezeValue(o));
      }
      return Collections.unmodifiableList(out);
    }
    throw new IllegalArgumentException(
        "metadata values must be JSON values (String, Boolean, Integer, Long, Double,"
            + " BigInteger, BigDecimal, List, Map or null), got " + v.getClass().getName());
  }
}
