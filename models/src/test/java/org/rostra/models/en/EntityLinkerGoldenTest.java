package org.rostra.models.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rostra.AnnotationRequest;
import org.rostra.Annotator;
import org.rostra.doc.Document;
import org.rostra.doc.EntityType;
import org.rostra.doc.Mention;
import org.rostra.doc.MentionKind;

/** The seed article (a Bloomberg report on Xi Jinping) through the bundled KB. */
class EntityLinkerGoldenTest {
  static final Annotator ANNOTATOR = Annotator.builder().tokenize().entities().build();

  static String seed() throws IOException {
    return Files.readString(
        Path.of("..", "examples", "src", "main", "resources", "samples", "seed.txt"),
        StandardCharsets.UTF_8);
  }

  static Document annotateSeed() throws IOException {
    return ANNOTATOR.annotate(
        AnnotationRequest.of("seed", seed(), LocalDate.of(2023, 4, 14)));
  }

  static Mention at(Document d, String text, int occurrence) {
    int from = -1;
    for (int i = 0; i <= occurrence; i++) {
      from = d.text().indexOf(text, from + 1);
      assertTrue(from >= 0, "text not found: " + text);
    }
    final int start = from;
    Optional<Mention> m =
        d.entities().stream()
            .filter(x -> x.start() == start && x.end() == start + text.length())
            .findFirst();
    assertTrue(m.isPresent(), "no mention for '" + text + "' #" + occurrence + ": " + d.entities());
    return m.get();
  }

  @Test
  void linksTheSeedArticlesEntities() throws IOException {
    Document d = annotateSeed();
    Object[][] expected = {
      {"Xi Jinping", "Q15031"}, {"China", "Q148"}, {"US", "Q30"}, {"Japan", "Q17"},
      {"Netherlands", "Q55"}, {"Guangdong", "Q15175"}, {"Guangzhou", "Q16572"},
      {"Xinhua News Agency", "Q204839"}, {"Communist Party", "Q17427"}
    };
    for (Object[] e : expected) {
      Mention m = at(d, (String) e[0], 0);
      assertEquals(Optional.of(e[1]), m.kbId(), "link of " + e[0]);
      assertEquals(MentionKind.NAME, m.kind());
    }
    assertEquals(EntityType.PERSON, at(d, "Xi Jinping", 0).type());
    assertEquals(EntityType.GPE, at(d, "Guangdong", 0).type());
    assertEquals(EntityType.ORG, at(d, "Xinhua News Agency", 0).type());
  }

  @Test
  void titlesShortNamesAndPronounsJoinXisCluster() throws IOException {
    Document d = annotateSeed();
    int xi = at(d, "Xi Jinping", 0).cluster();
    Mention title = at(d, "The Chinese president", 0);
    assertEquals(MentionKind.NOMINAL, title.kind());
    assertEquals(xi, title.cluster());
    assertEquals(Optional.of("Q15031"), title.kbId());
    for (String s : List.of("Xi said during", "Xi broke", "Xi also flagged", "Xi said an")) {
      int off = d.text().indexOf(s);
      Mention m = d.entities().stream().filter(x -> x.start() == off).findFirst().orElseThrow();
      assertEquals("Xi", m.text());
      assertEquals(xi, m.cluster(), s);
      assertEquals(Optional.of("Q15031"), m.kbId());
    }
    // the speakers of the quotes: "He called for", "what he's labeled", "He said the country"
    int heCalled = d.text().indexOf("He called for");
    int heLabeled = d.text().indexOf("he\u2019s labeled");
    int heSaid = d.text().indexOf("He said the country");
    for (int off : List.of(heCalled, heLabeled, heSaid)) {
      Mention m =
          d.entities().stream().filter(x -> x.start() == off).findFirst().orElseThrow();
      assertEquals(MentionKind.PRONOUN, m.kind());
      assertEquals(xi, m.cluster(), "pronoun at " + off);
    }
  }

  @Test
  void resolvesSullivanAndKeepsAnUnknownAuthorAsNilPerson() throws IOException {
    Document d = annotateSeed();
    Mention sullivan = at(d, "Jake Sullivan", 0);
    assertTrue(sullivan.link().isPresent());
    assertEquals("Jake Sullivan", sullivan.link().get().label());
    Mention liu = at(d, "Yujing Liu", 0);
    assertEquals(EntityType.PERSON, liu.type());
    assertFalse(liu.link().isPresent(), "Yujing Liu is not in the KB: NIL");
  }

  @Test
  void companyNamesStayWholeAndAPolicyIsNotAPerson() throws IOException {
    Document d = annotateSeed();
    // "Display" is tagged as a verb: the company name must not fall apart into LG + Co.
    Mention lg = at(d, "LG Display Co.", 0);
    assertEquals(EntityType.ORG, lg.type());
    assertTrue(lg.link().isEmpty() || lg.link().get().label().equals("LG Display"),
        "LG Display Co. is LG Display or NIL, not LG Electronics: " + lg.link());
    int lgStart = lg.start();
    assertTrue(d.entities().stream().noneMatch(m -> m != lg && m.start() >= lgStart
        && m.end() <= lg.end()), "no mention inside LG Display Co.");
    assertTrue(d.entities().stream().noneMatch(m -> m.text().equals("Co.")));
    Mention gac = at(d, "GAC AION New Energy Automobile Co.", 0);
    assertEquals(EntityType.ORG, gac.type());
    // "the country's Covid Zero": a policy, never a person
    d.entities().stream().filter(m -> m.text().contains("Covid")).forEach(m ->
        assertFalse(m.type() == EntityType.PERSON, "Covid Zero typed PERSON"));
    // the same shapes outside the KB
    Document other = ANNOTATOR.annotate(
        "Regulators said that Acme Display Co. and Borwick Foods Inc. had agreed, ending"
            + " the city's Green Deal.", LocalDate.of(2023, 1, 5));
    List<String> names = other.entities().stream().map(Mention::text).toList();
    assertTrue(names.contains("Acme Display Co."), names.toString());
    assertTrue(names.contains("Borwick Foods Inc."), names.toString());
    other.entities().stream().filter(m -> m.text().equals("Green Deal")).forEach(m ->
        assertFalse(m.type() == EntityType.PERSON, "Green Deal typed PERSON"));
  }

  @Test
  void officeTitlesWithOfAreSplitFromTheName() {
    Document d = ANNOTATOR.annotate(
        "Secretary of State Antony Blinken met Tim Cook, the former CEO of Apple, and the"
            + " Duchess of Cambridge at Al-Jazeera's office. Alabama versus Florida State"
            + " drew a crowd.", LocalDate.of(2023, 3, 1));
    List<String> names = d.entities().stream().map(Mention::text).toList();
    assertTrue(names.contains("Antony Blinken"), names.toString());
    assertTrue(names.contains("Apple"), names.toString());
    assertFalse(names.contains("of Apple"), names.toString());
    assertFalse(names.contains("Cambridge"), "Duchess of Cambridge is not the city: " + names);
    Mention blinken = d.entities().stream().filter(m -> m.text().equals("Antony Blinken"))
        .findFirst().orElseThrow();
    assertEquals(EntityType.PERSON, blinken.type());
    assertTrue(blinken.link().isPresent());
    assertEquals(Optional.of("Q312"), d.entities().stream()
        .filter(m -> m.text().equals("Apple")).findFirst().orElseThrow().kbId());
    Mention aj = d.entities().stream().filter(m -> m.text().startsWith("Al-Jazeera"))
        .findFirst().orElseThrow();
    assertEquals("Al Jazeera", aj.link().orElseThrow().label());
    d.entities().stream().filter(m -> m.text().equals("Alabama")).forEach(m ->
        assertTrue(m.link().isEmpty(), "Alabama versus Florida State: the team"));
  }

  @Test
  void aNamesakeIsNotGrabbedByTheFamousEntity() {
    Document d =
        ANNOTATOR.annotate(
            "Rachel Johnson, a local teacher, said the school would reopen. Johnson added that"
                + " parents had been informed.",
            LocalDate.of(2020, 5, 1));
    Mention full = d.entities().get(0);
    assertEquals("Rachel Johnson", full.text());
    assertFalse(full.link().isPresent());
    Mention later =
        d.entities().stream().filter(m -> m.text().equals("Johnson")).findFirst().orElseThrow();
    assertFalse(later.link().isPresent(), "the surname follows Rachel Johnson, not Boris");
    assertEquals(full.cluster(), later.cluster());
  }

  static Mention first(Document d, String text, int from) {
    int off = d.text().indexOf(text, from);
    return d.entities().stream().filter(m -> m.start() == off && m.text().equals(text))
        .findFirst().orElseThrow(() -> new AssertionError("no mention " + text + " at " + off));
  }

  @Test
  void aCountryNamingItsTeamIsNotLinkedEvenAfterThePlace() {
    String text = "The squad spent a month at a training camp in Fiji before the tournament.\n\n"
        + "On Saturday Fiji beat Samoa 24-10 in a bruising match, and the coach praised the"
        + " players after the game. Fiji scored three tries, the referee sent off two players"
        + " and the fans cheered the team's win in the second half of the match.";
    Document d = ANNOTATOR.annotate(text, LocalDate.of(2022, 9, 3));
    assertEquals(Optional.of("Q712"), first(d, "Fiji", 0).kbId(), "in Fiji: the place");
    Mention team = first(d, "Fiji", text.indexOf("Saturday"));
    assertTrue(team.link().isEmpty(), "Fiji beat Samoa: the team, not the country");
  }

  @Test
  void placesInAListOfCountiesAreNotTheCities() {
    Document d = ANNOTATOR.annotate(
        "The chain runs clinics in Los Angeles, Orange and Riverside Counties. Its head office"
            + " is in Los Angeles.", LocalDate.of(2021, 1, 1));
    assertTrue(first(d, "Los Angeles", 0).link().isEmpty(), "Los Angeles County, not the city");
    assertEquals(Optional.of("Q65"), first(d, "Los Angeles", 60).kbId());
  }

  @Test
  void aPlaceInsideAnotherCountrysCityIsNotTheForeignNamesake() {
    Document d = ANNOTATOR.annotate(
        "Volunteers handed out food in Richmond and other suburbs of London over the weekend."
            + " Richmond, Virginia, held a similar drive.", LocalDate.of(2021, 1, 1));
    assertTrue(first(d, "Richmond", 0).link().isEmpty(), "a suburb of London, not Virginia's");
  }

  @Test
  void aParticleNameIsOnePersonAndTheSpeakerKeepsThePronoun() {
    String text = "Standing beside Emmanuel Macron at the press conference, Karim el-Masri said"
        + " the talks had gone well.\n\nHe said the two countries would meet again in May.";
    Document d = ANNOTATOR.annotate(text, LocalDate.of(2023, 3, 1));
    Mention speaker = first(d, "Karim el-Masri", 0);
    assertEquals(EntityType.PERSON, speaker.type());
    Mention he = first(d, "He", text.indexOf("\n"));
    assertEquals(speaker.cluster(), he.cluster(), "He continues the speaker, not Macron");
    assertTrue(he.link().isEmpty());
  }
}
