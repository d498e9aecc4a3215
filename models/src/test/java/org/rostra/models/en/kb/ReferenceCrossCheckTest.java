package org.rostra.models.en.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rostra.doc.EntityType;
import org.rostra.entity.EntityRecord;
import org.rostra.entity.KnowledgeBase;
import org.rostra.entity.KnowledgeBases;

/**
 * Cross-checks the bundled KB against the reference data under {@code ../shared/eval/data/kb}
 * (CC0 congress-legislators, MIT Party Facts, the countries list): every QID that both have
 * must name the same entity, and no entity of ours may carry a different id for an entity
 * the reference identifies. Skips when the shared folder is absent.
 */
class ReferenceCrossCheckTest {
  static KnowledgeBase kb;
  static Path data;

  @BeforeAll
  static void load() {
    String shared = System.getProperty("rostra.shared", "../shared");
    data = Paths.get(shared, "eval", "data", "kb");
    kb = KnowledgeBases.bundled();
  }

  static String key(String s) {
    return KnowledgeBases.surfaceKey(s);
  }

  /** The surface keys of an entity's names. */
  static Set<String> names(EntityRecord r) {
    Set<String> s = new HashSet<>();
    for (String n : r.names()) {
      s.add(key(n));
    }
    return s;
  }

  // ---- congress-legislators ----

  /** One person of a congress-legislators YAML file (the fields the check needs). */
  record Legislator(Map<String, String> fields, List<Map<String, String>> terms) {
    String get(String k) {
      return fields.getOrDefault(k, "");
    }
  }

  /** A line-based reader for the regular YAML layout of congress-legislators. */
  static List<Legislator> readYaml(Path f) throws IOException {
    List<Legislator> out = new ArrayList<>();
    Legislator cur = null;
    String section = "";
    Map<String, String> term = null;
    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
      if (line.startsWith("- id:")) {
        cur = new Legislator(new LinkedHashMap<>(), new ArrayList<>());
        out.add(cur);
        section = "id";
        term = null;
        continue;
      }
      if (cur == null || line.isBlank()) {
        continue;
      }
      if (line.matches("^  [a-z_]+:.*")) {
        section = line.substring(2, line.indexOf(':'));
        continue;
      }
      if (section.equals("terms") && line.startsWith("  - ")) {
        term = new LinkedHashMap<>();
        cur.terms().add(term);
        line = "    " + line.substring(4);
      }
      if (line.startsWith("    ") && !line.startsWith("     ") && line.indexOf(':') > 0) {
        String k = line.substring(4, line.indexOf(':')).strip();
        String v = unquote(line.substring(line.indexOf(':') + 1).strip());
        if (section.equals("terms") && term != null) {
          term.put(k, v);
        } else {
          cur.fields().put(section + "." + k, v);
        }
      }
    }
    return out;
  }

  static String unquote(String v) {
    if (v.length() >= 2 && (v.startsWith("'") && v.endsWith("'")
        || v.startsWith("\"") && v.endsWith("\""))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }

  static boolean holdsUsOffice(EntityRecord r) {
    return r.offices().stream().anyMatch(t -> t.officeId().startsWith("rostra:office/us/"));
  }

  /** Problems of one reference person: a QID naming someone else, or our id differing. */
  static void checkPerson(Legislator p, List<String> problems) {
    String qid = p.get("id.wikidata");
    String last = key(p.get("name.last"));
    if (qid.isEmpty()) {
      return;
    }
    Optional<EntityRecord> ours = kb.get(qid);
    if (ours.isPresent()) {
      EntityRecord r = ours.get();
      boolean sameName = names(r).stream().anyMatch(n -> (" " + n + " ").contains(" " + last + " "));
      if (r.type() != EntityType.PERSON || !sameName) {
        problems.add(qid + " is " + p.get("name.first") + " " + p.get("name.last")
            + " in the reference but " + r.label() + " (" + r.type() + ") in the KB");
      }
      return;
    }
    Set<String> forms = new HashSet<>();
    forms.add(key(p.get("name.official_full")));
    forms.add(key(p.get("name.first") + " " + p.get("name.last")));
    if (!p.get("name.nickname").isEmpty()) {
      forms.add(key(p.get("name.nickname") + " " + p.get("name.last")));
    }
    forms.remove("");
    for (String form : forms) {
      for (var c : kb.candidates(form)) {
        EntityRecord r = c.entity();
        if (r.type() == EntityType.PERSON && holdsUsOffice(r) && key(r.label()).equals(form)) {
          problems.add(p.get("name.official_full") + ": the reference has " + qid
              + ", the KB " + r.id());
        }
      }
    }
  }

  @Test
  void congressMembersAgreeWithCongressLegislators() throws IOException {
    Path f = data.resolve("congress-legislators/legislators-current.yaml");
    assumeTrue(Files.isRegularFile(f), "no " + f);
    List<String> problems = new ArrayList<>();
    List<Legislator> people = readYaml(f);
    assertTrue(people.size() > 500, "read " + people.size());
    int present = 0;
    for (Legislator p : people) {
      checkPerson(p, problems);
      if (kb.get(p.get("id.wikidata")).isPresent()) {
        present++;
      }
    }
    assertEquals(List.of(), problems);
    // the current Congress is in the KB
    assertTrue(present >= people.size() - 10, present + " of " + people.size() + " present");
  }

  @Test
  void presidentsAndVicePresidentsAgreeWithExecutiveYaml() throws IOException {
    Path f = data.resolve("congress-legislators/executive.yaml");
    assumeTrue(Files.isRegularFile(f), "no " + f);
    List<String> problems = new ArrayList<>();
    List<Legislator> people = readYaml(f);
    assertTrue(people.size() >= 70, "read " + people.size());
    for (Legislator p : people) {
      checkPerson(p, problems);
      for (Map<String, String> t : p.terms()) {
        String office = switch (t.getOrDefault("type", "")) {
          case "prez" -> "rostra:office/us/president";
          case "viceprez" -> "rostra:office/us/vice-president";
          default -> null;
        };
        if (office == null) {
          continue;
        }
        LocalDate day = LocalDate.parse(t.get("start")).plusDays(1);
        String last = key(p.get("name.last"));
        boolean found = kb.holders(office, day).stream()
            .anyMatch(r -> names(r).stream().anyMatch(n -> (" " + n + " ").contains(" " + last + " ")));
        if (!found) {
          problems.add(p.get("name.first") + " " + p.get("name.last") + ": no " + office
              + " holder of that name on " + day + " (KB has "
              + kb.holders(office, day).stream().map(EntityRecord::label).toList() + ")");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  // ---- Party Facts ----

  /** Splits one CSV line (quotes with doubled quotes inside). */
  static List<String> csv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean q = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (q) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          b.append('"');
          i++;
        } else if (c == '"') {
          q = false;
        } else {
          b.append(c);
        }
      } else if (c == '"') {
        q = true;
      } else if (c == ',') {
        out.add(b.toString());
        b.setLength(0);
      } else {
        b.append(c);
      }
    }
    out.add(b.toString());
    return out;
  }

  /** One entry of the countries list (the fields the checks need). */
  record Country(String cca3, boolean unMember, List<String> names) {}

  /** Reads the countries list: its ISO 3166-1 alpha-3 code, UN membership, common and official names. */
  static List<Country> readCountries(Path countriesJson) throws IOException {
    List<Country> out = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(countriesJson.toFile())) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new IOException("not an array");
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        String cca3 = null;
        boolean member = false;
        List<String> names = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String f = p.currentName();
          p.nextToken();
          if (f.equals("cca3")) {
            cca3 = p.getText();
          } else if (f.equals("unMember")) {
            member = p.getValueAsBoolean();
          } else if (f.equals("name")) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String g = p.currentName();
              p.nextToken();
              if (g.equals("common") || g.equals("official")) {
                names.add(p.getText());
              } else {
                p.skipChildren();
              }
            }
          } else {
            p.skipChildren();
          }
        }
        out.add(new Country(cca3, member, names));
      }
    }
    return out;
  }

  /** ISO 3166-1 alpha-3 code to the id of our country or territory of that name. */
  static Map<String, String> isoToCountry(Path countriesJson) throws IOException {
    Map<String, Set<String>> byName = new HashMap<>();
    kb.records()
        .filter(r -> r.kind().equals("country") || r.kind().equals("territory"))
        .forEach(r -> names(r).forEach(n -> byName.computeIfAbsent(n, x -> new HashSet<>())
            .add(r.id())));
    Map<String, String> iso = new HashMap<>();
    for (Country c : readCountries(countriesJson)) {
      Set<String> hits = new HashSet<>();
      for (String n : c.names()) {
        hits.addAll(byName.getOrDefault(key(n), Set.of()));
      }
      if (c.cca3() != null && hits.size() == 1) {
        iso.put(c.cca3(), hits.iterator().next());
      }
    }
    return iso;
  }

  @Test
  void partiesAgreeWithPartyFacts() throws IOException {
    Path f = data.resolve("partyfacts/wikidata.csv");
    Path countries = data.resolve("countries/countries.json");
    assumeTrue(Files.isRegularFile(f) && Files.isRegularFile(countries), "no " + f);
    Map<String, String> iso = isoToCountry(countries);
    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
    List<String> header = csv(lines.get(0));
    int cCountry = header.indexOf("country");
    int cQid = header.indexOf("wikidata_id");
    int cName = header.indexOf("name");
    int cShort = header.indexOf("name_short");
    Map<String, Set<String>> countriesOfQid = new HashMap<>();
    Map<String, Set<String>> qidsByNameAndCountry = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> row = csv(line);
      if (row.size() <= Math.max(cShort, cQid) || row.get(cQid).isBlank()) {
        continue;
      }
      String qid = row.get(cQid).strip();
      String country = iso.get(row.get(cCountry));
      countriesOfQid.computeIfAbsent(qid, x -> new HashSet<>()).add(String.valueOf(country));
      for (String n : List.of(row.get(cName), row.get(cShort))) {
        if (!key(n).isEmpty() && country != null) {
          qidsByNameAndCountry.computeIfAbsent(key(n) + "|" + country, x -> new HashSet<>())
              .add(qid);
        }
      }
    }
    List<String> problems = new ArrayList<>();
    int shared = 0;
    for (EntityRecord r : kb.records().toList()) {
      Set<String> refCountries = countriesOfQid.get(r.id());
      if (refCountries != null) {
        shared++;
        if (!r.kind().equals("party")) {
          problems.add(r.id() + " is a party in Party Facts but " + r.label() + " ("
              + r.kind() + ") in the KB");
        } else if (r.country().isPresent() && !refCountries.contains("null")
            && !refCountries.contains(r.country().get())) {
          problems.add(r.id() + " " + r.label() + ": country " + r.country().get()
              + " in the KB, " + refCountries + " in Party Facts");
        }
      } else if (r.kind().equals("party") && r.isWikidata() && r.country().isPresent()) {
        // our QID is unknown to Party Facts: it must not know the same party by another QID
        for (String n : r.names()) {
          Set<String> other = qidsByNameAndCountry.get(key(n) + "|" + r.country().get());
          if (other != null && !other.contains(r.id())) {
            problems.add(r.id() + " " + r.label() + ": Party Facts has " + other
                + " for '" + n + "' in " + r.country().get());
          }
        }
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(shared >= 500, "only " + shared + " QIDs shared with Party Facts");
  }

  @Test
  void everyUnMemberIsACountry() throws IOException {
    Path countries = data.resolve("countries/countries.json");
    assumeTrue(Files.isRegularFile(countries), "no " + countries);
    List<String> missing = new ArrayList<>();
    for (Country c : readCountries(countries)) {
      boolean found = c.names().stream().anyMatch(n -> kb.candidates(n).stream()
          .anyMatch(e -> e.entity().kind().equals("country")));
      if (c.unMember() && !found) {
        missing.add(c.names().get(0));
      }
    }
    assertEquals(List.of(), missing);
  }
}
