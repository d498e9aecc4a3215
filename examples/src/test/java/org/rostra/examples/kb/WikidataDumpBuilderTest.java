package org.rostra.examples.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostra.entity.EntityRecord;
import org.rostra.entity.KnowledgeBase;
import org.rostra.entity.KnowledgeBases;
import org.rostra.examples.kb.WikidataDumpBuilder.Category;

class WikidataDumpBuilderTest {

  // ---- a tiny Wikidata JSON writer ----

  static String item(String q) {
    return "{\"entity-type\":\"item\",\"numeric-id\":" + q.substring(1) + ",\"id\":\"" + q + "\"}";
  }

  static String snak(String p, String datatype, String type, String value) {
    return "{\"snaktype\":\"value\",\"property\":\"" + p + "\",\"datavalue\":{\"value\":" + value
        + ",\"type\":\"" + type + "\"},\"datatype\":\"" + datatype + "\"}";
  }

  static String itemSnak(String p, String q) {
    return snak(p, "wikibase-item", "wikibase-entityid", item(q));
  }

  static String timeSnak(String p, String time, int precision) {
    return snak(p, "time", "time", "{\"time\":\"+" + time + "T00:00:00Z\",\"timezone\":0,"
        + "\"before\":0,\"after\":0,\"precision\":" + precision
        + ",\"calendarmodel\":\"http://www.wikidata.org/entity/Q1985727\"}");
  }

  static String quantitySnak(String p, long n) {
    return snak(p, "quantity", "quantity", "{\"amount\":\"+" + n + "\",\"unit\":\"1\"}");
  }

  static String textSnak(String p, String text) {
    return snak(p, "monolingualtext", "monolingualtext",
        "{\"text\":\"" + text + "\",\"language\":\"en\"}");
  }

  static int statementIds = 0;

  static String statement(String mainsnak, String... qualifiers) {
    StringBuilder q = new StringBuilder();
    List<String> order = new ArrayList<>();
    for (String s : qualifiers) {
      String p = s.substring(s.indexOf("\"property\":\"") + 12);
      p = p.substring(0, p.indexOf('"'));
      order.add("\"" + p + "\"");
      q.append(q.length() == 0 ? "" : ",").append("\"").append(p).append("\":[").append(s)
          .append("]");
    }
    return "{\"mainsnak\":" + mainsnak + ",\"type\":\"statement\",\"id\":\"S" + (++statementIds)
        + "\",\"rank\":\"normal\"" + (q.length() > 0 ? ",\"qualifiers\":{" + q + "},\"qualifiers-order\":["
            + String.join(",", order) + "]" : "") + "}";
  }

  /** An item with an English (or other) label, aliases, sitelinks and claims by property. */
  static String entity(String id, String lang, String label, List<String> aliases,
      int sitelinks, Map<String, List<String>> claims) {
    StringBuilder b = new StringBuilder("{\"type\":\"item\",\"id\":\"").append(id).append("\",");
    b.append("\"labels\":{\"").append(lang).append("\":{\"language\":\"").append(lang)
        .append("\",\"value\":\"").append(label).append("\"}},");
    b.append("\"descriptions\":{\"en\":{\"language\":\"en\",\"value\":\"test item\"}},");
    b.append("\"aliases\":{");
    if (!aliases.isEmpty()) {
      b.append("\"en\":[");
      for (int i = 0; i < aliases.size(); i++) {
        b.append(i > 0 ? "," : "").append("{\"language\":\"en\",\"value\":\"")
            .append(aliases.get(i)).append("\"}");
      }
      b.append("]");
    }
    b.append("},\"claims\":{");
    int i = 0;
    for (var e : claims.entrySet()) {
      b.append(i++ > 0 ? "," : "").append("\"").append(e.getKey()).append("\":[")
          .append(String.join(",", e.getValue())).append("]");
    }
    b.append("},\"sitelinks\":{");
    for (int s = 0; s < sitelinks; s++) {
      b.append(s > 0 ? "," : "").append("\"wiki").append(s).append("\":{\"site\":\"wiki")
          .append(s).append("\",\"title\":\"").append(label).append("\",\"badges\":[]}");
    }
    return b.append("}}").toString();
  }

  static List<String> entities() {
    List<String> e = new ArrayList<>();
    e.add(entity("Q148", "en", "People's Republic of China", List.of("China", "PRC"), 300,
        Map.of("P31", List.of(statement(itemSnak("P31", "Q6256"))),
            "P36", List.of(statement(itemSnak("P36", "Q956"))),
            "P1549", List.of(statement(textSnak("P1549", "Chinese"))))));
    e.add(entity("Q956", "en", "Beijing", List.of("Peking"), 200,
        Map.of("P31", List.of(statement(itemSnak("P31", "Q515"))),
            "P17", List.of(statement(itemSnak("P17", "Q148"))),
            "P1082", List.of(statement(quantitySnak("P1082", 21_000_000))))));
    e.add(entity("Q1000", "en", "Smallville", List.of(), 1,
        Map.of("P31", List.of(statement(itemSnak("P31", "Q515"))),
            "P1082", List.of(statement(quantitySnak("P1082", 5000))))));
    e.add(entity("Q15031", "en", "Xi Jinping", List.of("Xi"), 150,
        Map.of("P31", List.of(statement(itemSnak("P31", "Q5"))),
            "P27", List.of(statement(itemSnak("P27", "Q148"))),
            "P39", List.of(
                statement(itemSnak("P39", "Q655407"), timeSnak("P580", "2013-03-14", 11)),
                statement(itemSnak("P39", "Q99999"), timeSnak("P580", "2008-00-00", 9))),
            "P102", List.of(statement(itemSnak("P102", "Q17427"),
                timeSnak("P580", "1974-00-00", 9))),
            "P569", List.of(statement(timeSnak("P569", "1953-06-15", 11))))));
    e.add(entity("Q16", "en", "Hu Jintao", List.of(), 100,
        Map.of("P31", List.of(statement(itemSnak("P31", "Q5"))),
            "P39", List.of(statement(itemSnak("P39", "Q655407"),
                timeSnak("P580", "2003-03-15", 11), timeSnak("P582", "2013-03-00", 10))))));
    e.add(entity("Q655407", "en", "President of the People's Republic of China",
        List.of("Chinese President"), 40,
        Map.of("P31", List.of(statement(itemSnak("P31", "Q4164871"))),
            "P1001", List.of(statement(itemSnak("P1001", "Q148"))))));
    e.add(entity("Q17427", "en", "Chinese Communist Party", List.of("CCP"), 120,
        Map.of("P31", List.of(statement(itemSnak("P31", "Q7278"))))));
    e.add(entity("Q42", "en", "Douglas Adams", List.of(), 100,
        Map.of("P31", List.of(statement(itemSnak("P31", "Q5"))))));
    e.add(entity("Q2000", "fr", "Parti sans nom anglais", List.of(), 2,
        Map.of("P31", List.of(statement(itemSnak("P31", "Q7278"))))));
    return e;
  }

  /** Writes the entities as a current-style dump: a JSON array, one entity per line. */
  static void writeDump(OutputStream out, List<String> entities) throws Exception {
    StringBuilder b = new StringBuilder("[\n");
    for (int i = 0; i < entities.size(); i++) {
      b.append(entities.get(i)).append(i + 1 < entities.size() ? ",\n" : "\n");
    }
    b.append("]\n");
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  static WikidataDumpBuilder.Result build(Path dump, Path out, ByteArrayOutputStream err)
      throws Exception {
    WikidataDumpBuilder.Options o = new WikidataDumpBuilder.Options(100_000, false, Map.of(), 3);
    return new WikidataDumpBuilder(o)
        .build(dump, out, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  void check(Path dump, Path dir) throws Exception {
    Path out = dir.resolve("kb.jsonl");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    WikidataDumpBuilder.Result r = build(dump, out, err);
    String progress = err.toString(StandardCharsets.UTF_8);
    assertTrue(progress.contains("[kb] 3 entities read"), progress);
    assertTrue(progress.contains("[kb] done: 9 entities read, 6 kept"), progress);
    assertEquals(9, r.entitiesRead());
    assertEquals(6, r.kept());
    assertEquals(1, r.skippedNoLabel());
    assertEquals(1, r.droppedReferences()); // Xi's office Q99999 is not in the output
    assertEquals(2L, r.byCategory().get(Category.PERSON));
    assertEquals(2L, r.byCategory().get(Category.PARTY));

    KnowledgeBase kb = KnowledgeBases.fromJsonLines(out);
    assertEquals(6, kb.size());
    assertEquals(List.of(), KnowledgeBases.problems(kb));
    assertTrue(kb.get("Q1000").isEmpty(), "small city dropped");
    assertTrue(kb.get("Q42").isEmpty(), "person without office or party dropped");
    EntityRecord china = kb.get("Q148").orElseThrow();
    assertEquals("country", china.kind());
    assertEquals("Q956", china.capital().orElseThrow());
    assertEquals("Q148", kb.countriesForDemonym("Chinese").get(0).id());
    assertEquals("Q148", kb.candidates("PRC").get(0).entity().id());
    assertEquals("Q148", kb.get("Q956").orElseThrow().country().orElseThrow());
    EntityRecord xi = kb.get("Q15031").orElseThrow();
    assertEquals(LocalDate.of(1953, 6, 15), xi.born().orElseThrow());
    assertEquals(LocalDate.of(1974, 1, 1), xi.parties().get(0).start().orElseThrow());
    assertEquals(1, xi.offices().size());
    assertTrue(xi.prior() > kb.get("Q655407").orElseThrow().prior());
    EntityRecord office = kb.officesForTitle("the Chinese president").get(0);
    assertEquals("Q655407", office.id());
    assertEquals("Q148", office.jurisdiction().orElseThrow());
    assertEquals(List.of(xi), kb.holders("Q655407", LocalDate.of(2023, 4, 14)));
    assertEquals(List.of(kb.get("Q16").orElseThrow()),
        kb.holders("Q655407", LocalDate.of(2013, 3, 10)));
    assertEquals(LocalDate.of(2013, 3, 31),
        kb.get("Q16").orElseThrow().offices().get(0).end().orElseThrow());
  }

  @Test
  void buildsFromAGzipDump(@TempDir Path dir) throws Exception {
    Path dump = dir.resolve("test-all.json.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(dump))) {
      writeDump(o, entities());
    }
    check(dump, dir);
  }

  @Test
  void buildsFromABzip2Dump(@TempDir Path dir) throws Exception {
    Path dump = dir.resolve("test-all.json.bz2");
    try (OutputStream o = new BZip2CompressorOutputStream(Files.newOutputStream(dump))) {
      writeDump(o, entities());
    }
    check(dump, dir);
  }

  @Test
  void aMissingDumpIsAnError(@TempDir Path dir) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Exception e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
        () -> build(dir.resolve("none.json.gz"), dir.resolve("kb.jsonl"), err));
    assertTrue(e.getMessage().contains("no dump file"), e.getMessage());
  }

  @Test
  void sampleDumpOfTheSharedFolder(@TempDir Path dir) throws Exception {
    Path dump = Paths.get(System.getProperty("rostra.shared", "../shared"),
        "eval/data/kb/wikidata-samples/sample-dump-20150815.json.gz");
    assumeTrue(Files.isRegularFile(dump), "no " + dump);
    Path out = dir.resolve("kb.jsonl");
    WikidataDumpBuilder.Result r = build(dump, out, new ByteArrayOutputStream());
    // the 2015 sample holds label-less items with only P31: the filter still classifies them
    assertTrue(r.entitiesRead() >= 50, "read " + r.entitiesRead());
    assertTrue(r.byCategory().getOrDefault(Category.COUNTRY, 0L) >= 10, r.toString());
    assertTrue(r.byCategory().getOrDefault(Category.SUBDIVISION, 0L) >= 1, r.toString());
    assertEquals(r.kept() + r.skippedNoLabel(),
        r.byCategory().values().stream().mapToLong(Long::longValue).sum());
    assertEquals(r.kept(), KnowledgeBases.fromJsonLines(out).size());
  }
}
