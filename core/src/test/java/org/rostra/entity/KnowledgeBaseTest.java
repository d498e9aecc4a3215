package org.rostra.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostra.AnnotationException;
import org.rostra.ErrorCode;
import org.rostra.doc.EntityType;
import org.rostra.internal.kb.KbBinary;
import org.rostra.internal.kb.KbJson;

class KnowledgeBaseTest {
  static final String SAMPLE =
      String.join("\n",
          "{\"id\":\"Q148\",\"label\":\"People's Republic of China\",\"type\":\"GPE\","
              + "\"aliases\":[\"China\",\"PRC\"],\"prior\":0.95,\"demonyms\":[\"Chinese\"],"
              + "\"capital\":\"Q956\",\"kind\":\"country\"}",
          "{\"id\":\"Q956\",\"label\":\"Beijing\",\"type\":\"GPE\",\"country\":\"Q148\","
              + "\"prior\":0.9,\"kind\":\"city\"}",
          "{\"id\":\"Q30\",\"label\":\"United States\",\"type\":\"GPE\",\"aliases\":[\"U.S.\","
              + "\"USA\",\"America\"],\"prior\":0.95,\"demonyms\":[\"American\",\"U.S.\"],"
              + "\"kind\":\"country\"}",
          "",
          "{\"id\":\"rostra:office/cn/president\",\"label\":\"President of the People's Republic"
              + " of China\",\"type\":\"OTHER\",\"titles\":[\"President of China\",\"Chinese"
              + " President\",\"China's president\"],\"jurisdiction\":\"Q148\",\"kind\":\"office\"}",
          "{\"id\":\"Q17427\",\"label\":\"Chinese Communist Party\",\"type\":\"ORG\","
              + "\"aliases\":[\"Communist Party\",\"CCP\"],\"prior\":0.8,\"kind\":\"party\"}",
          "{\"id\":\"Q15031\",\"label\":\"Xi Jinping\",\"type\":\"PERSON\",\"aliases\":[\"Xi\"],"
              + "\"country\":\"Q148\",\"prior\":0.95,\"born\":\"1953-06-15\",\"offices\":[{\"office\":"
              + "\"rostra:office/cn/president\",\"start\":\"2013-03-14\",\"end\":null}],"
              + "\"parties\":[{\"party\":\"Q17427\",\"start\":\"1974\",\"end\":null}],"
              + "\"kind\":\"politician\"}",
          "{\"id\":\"Q16\",\"label\":\"Hu Jintao\",\"type\":\"PERSON\",\"aliases\":[\"Hu\"],"
              + "\"offices\":[{\"office\":\"rostra:office/cn/president\",\"start\":\"2003-03\","
              + "\"end\":\"2013-03-14\"}]}");

  static Path write(Path dir, String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void loadsAndLooksUp(@TempDir Path dir) throws Exception {
    KnowledgeBase kb = KnowledgeBases.fromJsonLines(write(dir, "kb.jsonl", SAMPLE));
    assertEquals(7, kb.size());
    EntityRecord xi = kb.get("Q15031").orElseThrow();
    assertTrue(xi.isWikidata());
    assertFalse(kb.get("rostra:office/cn/president").orElseThrow().isWikidata());
    assertEquals(LocalDate.of(1974, 1, 1), xi.parties().get(0).start().orElseThrow());
    assertEquals(LocalDate.of(2003, 3, 1), kb.get("Q16").orElseThrow().offices().get(0)
        .start().orElseThrow());
    assertEquals("Q15031", kb.candidates("xi").get(0).entity().id());
    assertEquals("Q30", kb.candidates("US").get(0).entity().id());
    assertEquals("Q30", kb.candidates("u.s.").get(0).entity().id());
    assertEquals("Q30", kb.candidates("U. S. A.").get(0).entity().id());
    assertEquals("Q17427", kb.candidates("the Communist Party").get(0).entity().id());
    assertEquals("Communist Party", kb.candidates("the Communist Party").get(0).matchedForm());
    assertEquals(List.of(), kb.candidates("Beijing Olympics"));
    assertEquals("Q148", kb.countriesForDemonym("Chinese").get(0).id());
    assertEquals("Q30", kb.countriesForDemonym("U.S.").get(0).id());
    assertEquals("Q30", kb.countriesForDemonym("Americans").get(0).id());
    EntityRecord office = kb.officesForTitle("the Chinese president").get(0);
    assertEquals("rostra:office/cn/president", office.id());
    assertEquals(office, kb.officesForTitle("China\u2019s President").get(0));
    assertEquals(List.of(xi), kb.holders(office.id(), LocalDate.of(2023, 4, 14)));
    assertEquals("Q16", kb.holders(office.id(), LocalDate.of(2010, 1, 1)).get(0).id());
    assertEquals(2, kb.holders(office.id(), LocalDate.of(2013, 3, 14)).size());
    assertEquals(List.of(), kb.holders(office.id(), LocalDate.of(1990, 1, 1)));
    assertEquals(List.of(), KnowledgeBases.problems(kb));
  }

  @Test
  void officeTermPartialEnds() throws Exception {
    assertEquals(LocalDate.of(2020, 2, 29), KbJson.parseDate("2020-02", true));
    assertEquals(LocalDate.of(2020, 12, 31), KbJson.parseDate("2020", true));
    OfficeTerm t = new OfficeTerm("x", Optional.of(LocalDate.of(2020, 1, 1)), Optional.empty());
    assertTrue(t.activeOn(LocalDate.of(2030, 1, 1)));
    assertFalse(t.activeOn(LocalDate.of(2019, 12, 31)));
  }

  @Test
  void malformedFilesFailWithFileLineAndReason(@TempDir Path dir) throws Exception {
    String good = "{\"id\":\"Q1\",\"label\":\"A\",\"type\":\"ORG\"}\n";
    String[][] cases = {
      {"{\"id\":\"Q2\",\"label\":\"B\",\"type\":\"ORG\"", "bad JSON"},
      {"{\"label\":\"B\",\"type\":\"ORG\"}", "missing 'id'"},
      {"{\"id\":\"Q2\",\"type\":\"ORG\"}", "missing 'label'"},
      {"{\"id\":\"Q1\",\"label\":\"B\",\"type\":\"ORG\"}", "duplicate id 'Q1' (first on line 1)"},
      {"{\"id\":\"Q2\",\"label\":\"B\",\"type\":\"PARTY\"}", "unknown type 'PARTY'"},
      {"{\"id\":\"Q2\",\"label\":\"B\",\"type\":\"PERSON\",\"born\":\"1953-13-01\"}", "bad date"},
      {"{\"id\":\"Q2\",\"label\":\"B\",\"type\":\"PERSON\",\"alias\":[]}", "unknown key 'alias'"},
      {"{\"id\":\"Q2\",\"label\":\"B\",\"type\":\"PERSON\",\"offices\":[{\"office\":\"o\","
          + "\"start\":\"2020\",\"end\":\"2019\"}]}", "after its end"},
      {"{\"id\":\"Q2\",\"label\":\"B\",\"type\":\"ORG\",\"prior\":2}", "'prior' must be in"},
    };
    for (String[] c : cases) {
      Path f = write(dir, "bad.jsonl", good + c[0] + "\n");
      AnnotationException e =
          assertThrows(AnnotationException.class, () -> KnowledgeBases.fromJsonLines(f));
      assertEquals(ErrorCode.KB_INVALID, e.code());
      assertTrue(e.getMessage().contains("bad.jsonl:2: "), e.getMessage());
      assertTrue(e.getMessage().contains(c[1]), e.getMessage());
    }
  }

  @Test
  void tsv(@TempDir Path dir) throws Exception {
    Path f = write(dir, "kb.tsv", "id\tlabel\taliases\ttype\n# a comment\n"
        + "acme:1\tAcme Corp\tAcme|ACME Inc.\tORG\nacme:2\tJane Doe\t\tPERSON\n");
    KnowledgeBase kb = KnowledgeBases.fromTsv(f);
    assertEquals(2, kb.size());
    assertEquals("acme:1", kb.candidates("acme inc").get(0).entity().id());
    assertEquals(EntityType.PERSON, kb.get("acme:2").orElseThrow().type());
    Path bad = write(dir, "bad.tsv", "acme:1\tAcme\t\tCOMPANY\n");
    AnnotationException e =
        assertThrows(AnnotationException.class, () -> KnowledgeBases.fromTsv(bad));
    assertTrue(e.getMessage().contains("bad.tsv:1: unknown type 'COMPANY'"), e.getMessage());
  }

  @Test
  void composeUserFirst(@TempDir Path dir) throws Exception {
    KnowledgeBase bundled = KnowledgeBases.fromJsonLines(write(dir, "kb.jsonl", SAMPLE));
    KnowledgeBase user =
        KnowledgeBases.builder()
            .add(EntityRecord.builder("Q15031", "Xi Jinping (user)", EntityType.PERSON)
                .alias("Chairman Xi").prior(0.5).build())
            .add(EntityRecord.builder("acme:1", "Acme", EntityType.ORG).build())
            .build();
    KnowledgeBase kb = KnowledgeBases.compose(user, bundled);
    assertEquals(8, kb.size());
    assertEquals("Xi Jinping (user)", kb.get("Q15031").orElseThrow().label());
    assertEquals("Q15031", kb.candidates("Chairman Xi").get(0).entity().id());
    assertEquals(List.of(), kb.candidates("xi"));
    assertThrows(IllegalArgumentException.class,
        () -> KnowledgeBases.builder().add(EntityRecord.builder("a", "A", EntityType.ORG).build())
            .add(EntityRecord.builder("a", "B", EntityType.ORG).build()));
  }

  @Test
  void binaryAndJsonRoundTrip(@TempDir Path dir) throws Exception {
    KnowledgeBase kb = KnowledgeBases.fromJsonLines(write(dir, "kb.jsonl", SAMPLE));
    List<EntityRecord> records = kb.records().toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    KbBinary.write(records, out);
    KnowledgeBase back = KnowledgeBases.fromBinary(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(records, back.records().toList());
    for (EntityRecord r : records) {
      assertEquals(r, KbJson.parse(KbJson.write(r)));
    }
    AnnotationException e = assertThrows(AnnotationException.class,
        () -> KnowledgeBases.fromBinary(new ByteArrayInputStream(new byte[] {1, 2, 3})));
    assertEquals(ErrorCode.RESOURCE_INVALID, e.code());
  }

  @Test
  void surfaceKeys() {
    assertEquals("us", KnowledgeBases.surfaceKey("U.S."));
    assertEquals("us", KnowledgeBases.surfaceKey("the US"));
    assertEquals("chinas president", KnowledgeBases.surfaceKey("China's President"));
    assertEquals("erdogan", KnowledgeBases.surfaceKey("Erdoğan"));
    assertEquals("at and t", KnowledgeBases.surfaceKey("AT&T"));
    assertEquals("jean claude juncker", KnowledgeBases.surfaceKey("Jean-Claude Juncker"));
    assertEquals("", KnowledgeBases.surfaceKey("..."));
    assertEquals("the", KnowledgeBases.surfaceKey("The"));
  }

  @Test
  void bundledMissingIsResourceNotFound() {
    // core's tests have no rostra-models-en on the class path
    AnnotationException e = assertThrows(AnnotationException.class, KnowledgeBases::bundled);
    assertEquals(ErrorCode.RESOURCE_NOT_FOUND, e.code());
  }
}
