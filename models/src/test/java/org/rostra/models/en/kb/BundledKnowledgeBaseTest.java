package org.rostra.models.en.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rostra.doc.EntityType;
import org.rostra.entity.EntityRecord;
import org.rostra.entity.KnowledgeBase;
import org.rostra.entity.KnowledgeBases;
import org.rostra.internal.kb.KbStats;

/** The bundled KB: coverage targets, consistency, and lookups by office and date. */
class BundledKnowledgeBaseTest {
  static KnowledgeBase kb;

  @BeforeAll
  static void load() {
    kb = KnowledgeBases.bundled();
  }

  @Test
  void coverageTargetsAreMet() {
    for (KbStats.Line l : KbStats.coverage(kb)) {
      assertTrue(l.met(), l.what() + ": " + l.count() + " < " + l.target());
    }
    assertTrue(kb.size() >= 5000);
  }

  @Test
  void everyReferenceResolves() {
    assertEquals(List.of(), KnowledgeBases.problems(kb));
  }

  /** Who held the office on the seed article's date: found by title, office and date. */
  static List<String> holders(String title, LocalDate d) {
    List<EntityRecord> offices = kb.officesForTitle(title);
    assertEquals(1, offices.size(), title + " -> " + offices);
    return kb.holders(offices.get(0).id(), d).stream().map(EntityRecord::id).toList();
  }

  @Test
  void officeHoldersOnTheSeedDate() {
    LocalDate d = LocalDate.of(2023, 4, 14);
    assertEquals(List.of("Q15031"), holders("President of China", d));
    assertEquals(List.of("Q15031"), holders("the Chinese president", d));
    assertEquals(List.of("Q15031"), holders("China's president", d));
    List<String> nsa = holders("US National Security Adviser", d);
    assertEquals(1, nsa.size());
    assertEquals("Jake Sullivan", kb.get(nsa.get(0)).orElseThrow().label());
    assertEquals(List.of("Q6279"), holders("President of the United States", d));
    assertEquals(List.of("Q6279"), holders("U.S. president", d));
    // and by office id
    assertEquals("Q15031",
        kb.holders("rostra:office/cn/president", d).get(0).id());
    assertEquals("Q6279", kb.holders("rostra:office/us/president", d).get(0).id());
    assertEquals("Jake Sullivan",
        kb.holders("rostra:office/us/national-security-adviser", d).get(0).label());
    // a different date gives a different holder
    assertEquals("Q22686",
        kb.holders("rostra:office/us/president", LocalDate.of(2019, 1, 1)).get(0).id());
  }

  @Test
  void namesAndDemonyms() {
    assertEquals("Q15031", kb.candidates("Xi").get(0).entity().id());
    assertEquals("Q15031", kb.candidates("Xi Jinping").get(0).entity().id());
    assertEquals("Q30", kb.candidates("U.S.").get(0).entity().id());
    assertEquals("Q30", kb.candidates("US").get(0).entity().id());
    assertEquals("Q148", kb.candidates("China").get(0).entity().id());
    assertEquals("Q148", kb.countriesForDemonym("Chinese").get(0).id());
    assertEquals("Q30", kb.countriesForDemonym("American").get(0).id());
    assertEquals("Q30", kb.countriesForDemonym("U.S.").get(0).id());
    assertFalse(kb.candidates("the Communist Party").isEmpty());
    EntityRecord china = kb.get("Q148").orElseThrow();
    assertEquals(EntityType.GPE, china.type());
    assertEquals("Q956", china.capital().orElseThrow());
    for (EntityRecord r : kb.records().toList()) {
      assertTrue(r.description().length() <= 120, r.id() + " description too long");
    }
  }
}
