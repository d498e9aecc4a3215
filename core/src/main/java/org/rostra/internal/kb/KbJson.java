package org.rostra.internal.kb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.rostra.doc.EntityType;
import org.rostra.entity.Alias;
import org.rostra.entity.EntityRecord;
import org.rostra.entity.OfficeTerm;
import org.rostra.entity.PartyMembership;

/**
 * One line of the JSON Lines source format ({@code docs/knowledge-base.md}) to and from an
 * {@link EntityRecord}. Thread-safe. Not API.
 */
public final class KbJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** The keys of the format, in the order they are written. */
  public static final List<String> KEYS =
      List.of("id", "label", "type", "aliases", "description", "country", "prior", "offices",
          "parties", "born", "died", "demonyms", "capital", "titles", "jurisdiction", "kind");

  private static final Set<String> KEY_SET = Set.copyOf(KEYS);

  private KbJson() {}

  /** A malformed line; the message is the reason (without file or line). */
  public static final class FormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** An exception with the reason. */
    public FormatException(String reason) {
      super(reason);
    }
  }

  /**
   * Parses a date of the format: {@code YYYY-MM-DD}, or {@code YYYY-MM} / {@code YYYY} which
   * give the first day of the period ({@code end == false}) or the last ({@code end == true}).
   */
  public static LocalDate parseDate(String s, boolean end) throws FormatException {
    try {
      if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(s);
      }
      if (s.matches("\\d{4}-\\d{2}")) {
        YearMonth ym = YearMonth.parse(s);
        return end ? ym.atEndOfMonth() : ym.atDay(1);
      }
      if (s.matches("\\d{4}")) {
        int y = Integer.parseInt(s);
        return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
      }
    } catch (DateTimeException e) {
      // fall through
    }
    throw new FormatException("bad date '" + s + "' (want YYYY-MM-DD, YYYY-MM or YYYY)");
  }

  /** Parses one line (not blank) into a record. */
  public static EntityRecord parse(String line) throws FormatException {
    try (JsonParser p = FACTORY.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new FormatException("not a JSON object");
      }
      String id = null;
      String label = null;
      EntityType type = null;
      List<Alias> aliases = new ArrayList<>();
      String description = "";
      Optional<String> country = Optional.empty();
      double prior = EntityRecord.DEFAULT_PRIOR;
      String kind = "";
      List<OfficeTerm> offices = new ArrayList<>();
      List<PartyMembership> parties = new ArrayList<>();
      Optional<LocalDate> born = Optional.empty();
      Optional<LocalDate> died = Optional.empty();
      List<String> demonyms = new ArrayList<>();
      Optional<String> capital = Optional.empty();
      List<String> titles = new ArrayList<>();
      Optional<String> jurisdiction = Optional.empty();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        if (!KEY_SET.contains(key)) {
          throw new FormatException("unknown key '" + key + "'");
        }
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NULL) {
          continue;
        }
        switch (key) {
          case "id" -> id = string(p, t, key);
          case "label" -> label = string(p, t, key);
          case "type" -> {
            String s = string(p, t, key);
            try {
              type = EntityType.valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
              throw new FormatException(
                  "unknown type '" + s + "' (want one of " + List.of(EntityType.values()) + ")");
            }
          }
          case "aliases" -> {
            expect(t, JsonToken.START_ARRAY, key, "a list");
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
              if (t == JsonToken.VALUE_STRING) {
                if (!p.getText().isBlank()) {
                  aliases.add(Alias.en(p.getText()));
                }
              } else if (t == JsonToken.START_OBJECT) {
                aliases.add(alias(p));
              } else {
                throw new FormatException("'aliases' must hold strings or {text, lang} objects");
              }
            }
          }
          case "description" -> description = string(p, t, key);
          case "country" -> country = Optional.of(string(p, t, key));
          case "prior" -> {
            if (!t.isNumeric()) {
              throw new FormatException("'prior' must be a number");
            }
            prior = p.getDoubleValue();
            if (!(prior >= 0 && prior <= 1)) {
              throw new FormatException("'prior' must be in [0, 1]: " + prior);
            }
          }
          case "offices" -> {
            expect(t, JsonToken.START_ARRAY, key, "a list");
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
              expect(t, JsonToken.START_OBJECT, key, "a list of objects");
              String[] v = term(p, "office");
              Optional<LocalDate> s = date(v[1], false);
              Optional<LocalDate> e = date(v[2], true);
              checkOrder(v[0], s, e);
              offices.add(new OfficeTerm(v[0], s, e));
            }
          }
          case "parties" -> {
            expect(t, JsonToken.START_ARRAY, key, "a list");
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
              expect(t, JsonToken.START_OBJECT, key, "a list of objects");
              String[] v = term(p, "party");
              Optional<LocalDate> s = date(v[1], false);
              Optional<LocalDate> e = date(v[2], true);
              checkOrder(v[0], s, e);
              parties.add(new PartyMembership(v[0], s, e));
            }
          }
          case "born" -> born = Optional.of(parseDate(string(p, t, key), false));
          case "died" -> died = Optional.of(parseDate(string(p, t, key), true));
          case "demonyms" -> strings(p, t, key, demonyms);
          case "capital" -> capital = Optional.of(string(p, t, key));
          case "titles" -> strings(p, t, key, titles);
          case "jurisdiction" -> jurisdiction = Optional.of(string(p, t, key));
          case "kind" -> kind = string(p, t, key);
          default -> throw new IllegalStateException(key);
        }
      }
      if (p.nextToken() != null) {
        throw new FormatException("trailing content after the JSON object");
      }
      if (id == null || id.isBlank()) {
        throw new FormatException("missing 'id'");
      }
      if (!id.strip().equals(id)) {
        throw new FormatException("'id' has surrounding spaces");
      }
      if (label == null || label.isBlank()) {
        throw new FormatException("missing 'label' of " + id);
      }
      if (type == null) {
        throw new FormatException("missing 'type' of " + id);
      }
      return new EntityRecord(id, label, type, aliases, description, country, prior, kind,
          offices, parties, born, died, demonyms, capital, titles, jurisdiction);
    } catch (JsonProcessingException e) {
      throw new FormatException(
          "bad JSON at column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void checkOrder(String what, Optional<LocalDate> s, Optional<LocalDate> e)
      throws FormatException {
    if (s.isPresent() && e.isPresent() && s.get().isAfter(e.get())) {
      throw new FormatException("term in " + what + " starts " + s.get() + " after its end "
          + e.get());
    }
  }

  private static Optional<LocalDate> date(String s, boolean end) throws FormatException {
    return s == null ? Optional.empty() : Optional.of(parseDate(s, end));
  }

  private static String[] term(JsonParser p, String idKey) throws IOException, FormatException {
    String[] v = new String[3];
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String k = p.currentName();
      JsonToken vt = p.nextToken();
      int i = k.equals(idKey) ? 0 : k.equals("start") ? 1 : k.equals("end") ? 2 : -1;
      if (i < 0) {
        throw new FormatException("unknown key '" + k + "' in a " + idKey + " entry");
      }
      if (vt != JsonToken.VALUE_NULL) {
        v[i] = string(p, vt, k);
      }
    }
    if (v[0] == null || v[0].isBlank()) {
      throw new FormatException("missing '" + idKey + "' in a " + idKey + " entry");
    }
    return v;
  }

  private static Alias alias(JsonParser p) throws IOException, FormatException {
    String text = null;
    String lang = "en";
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String k = p.currentName();
      JsonToken vt = p.nextToken();
      switch (k) {
        case "text" -> text = string(p, vt, k);
        case "lang" -> lang = string(p, vt, k);
        default -> throw new FormatException("unknown key '" + k + "' in an alias");
      }
    }
    if (text == null || text.isBlank()) {
      throw new FormatException("alias without 'text'");
    }
    return new Alias(text, lang);
  }

  private static void expect(JsonToken t, JsonToken want, String key, String what)
      throws FormatException {
    if (t != want) {
      throw new FormatException("'" + key + "' must be " + what);
    }
  }

  private static String string(JsonParser p, JsonToken t, String key)
      throws IOException, FormatException {
    if (t != JsonToken.VALUE_STRING) {
      throw new FormatException("'" + key + "' must be a string");
    }
    return p.getText();
  }

  private static void strings(JsonParser p, JsonToken t, String key, List<String> out)
      throws IOException, FormatException {
    expect(t, JsonToken.START_ARRAY, key, "a list of strings");
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      String s = string(p, t, key);
      if (!s.isBlank()) {
        out.add(s);
      }
    }
  }

  /** The record as one line of the source format (no line break), keys in {@link #KEYS} order. */
  public static String write(EntityRecord r) {
    StringWriter w = new StringWriter(256);
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("id", r.id());
      g.writeStringField("label", r.label());
      g.writeStringField("type", r.type().name());
      if (!r.aliases().isEmpty()) {
        g.writeArrayFieldStart("aliases");
        for (Alias a : r.aliases()) {
          if (a.lang().equals("en")) {
            g.writeString(a.text());
          } else {
            g.writeStartObject();
            g.writeStringField("text", a.text());
            g.writeStringField("lang", a.lang());
            g.writeEndObject();
          }
        }
        g.writeEndArray();
      }
      if (!r.description().isEmpty()) {
        g.writeStringField("description", r.description());
      }
      if (r.country().isPresent()) {
        g.writeStringField("country", r.country().get());
      }
      if (r.prior() != EntityRecord.DEFAULT_PRIOR) {
        g.writeNumberField("prior", r.prior());
      }
      if (!r.offices().isEmpty()) {
        g.writeArrayFieldStart("offices");
        for (OfficeTerm t : r.offices()) {
          term(g, "office", t.officeId(), t.start(), t.end());
        }
        g.writeEndArray();
      }
      if (!r.parties().isEmpty()) {
        g.writeArrayFieldStart("parties");
        for (PartyMembership t : r.parties()) {
          term(g, "party", t.partyId(), t.start(), t.end());
        }
        g.writeEndArray();
      }
      if (r.born().isPresent()) {
        g.writeStringField("born", r.born().get().toString());
      }
      if (r.died().isPresent()) {
        g.writeStringField("died", r.died().get().toString());
      }
      list(g, "demonyms", r.demonyms());
      if (r.capital().isPresent()) {
        g.writeStringField("capital", r.capital().get());
      }
      list(g, "titles", r.titles());
      if (r.jurisdiction().isPresent()) {
        g.writeStringField("jurisdiction", r.jurisdiction().get());
      }
      if (!r.kind().isEmpty()) {
        g.writeStringField("kind", r.kind());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static void term(JsonGenerator g, String key, String id, Optional<LocalDate> s,
      Optional<LocalDate> e) throws IOException {
    g.writeStartObject();
    g.writeStringField(key, id);
    if (s.isPresent()) {
      g.writeStringField("start", s.get().toString());
    } else {
      g.writeNullField("start");
    }
    if (e.isPresent()) {
      g.writeStringField("end", e.get().toString());
    } else {
      g.writeNullField("end");
    }
    g.writeEndObject();
  }

  private static void list(JsonGenerator g, String key, List<String> values) throws IOException {
    if (!values.isEmpty()) {
      g.writeArrayFieldStart(key);
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    }
  }
}
