package org.rostra.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rostra.Annotator;
import org.rostra.doc.Document;
import org.rostra.doc.EntityType;
import org.rostra.doc.Mention;
import org.rostra.doc.MentionKind;
import org.rostra.testing.StageContract;
import org.rostra.testing.StageContractSuite;
import org.rostra.testing.Texts;

/** The entity linker over a small in-memory KB: the stage contract and the core behaviours. */
class EntityLinkerContractTest extends StageContractSuite {
  static final KnowledgeBase KB =
      KnowledgeBases.builder()
          .add(EntityRecord.builder("Q148", "People's Republic of China", EntityType.GPE)
              .alias("China", "PRC").demonym("Chinese").prior(0.95).kind("country").build())
          .add(EntityRecord.builder("Q30", "United States", EntityType.GPE)
              .alias("US", "U.S.", "America").demonym("American").prior(0.95).kind("country")
              .build())
          .add(EntityRecord.builder("rostra:office/cn/president", "President of China",
                  EntityType.OTHER)
              .title("Chinese President", "China's president", "President of China")
              .jurisdiction("Q148").kind("office").build())
          .add(EntityRecord.builder("rostra:office/us/president", "President of the United States",
                  EntityType.OTHER)
              .title("US President", "U.S. President", "American president")
              .jurisdiction("Q30").kind("office").build())
          .add(EntityRecord.builder("Q15031", "Xi Jinping", EntityType.PERSON).alias("Xi")
              .country("Q148").prior(0.95).kind("politician")
              .office("rostra:office/cn/president", LocalDate.of(2013, 3, 14), null).build())
          .add(EntityRecord.builder("Q76", "Barack Obama", EntityType.PERSON).alias("Obama")
              .country("Q30").prior(0.95).kind("politician")
              .office("rostra:office/us/president", LocalDate.of(2009, 1, 20),
                  LocalDate.of(2017, 1, 20)).build())
          .add(EntityRecord.builder("Q6279", "Joe Biden", EntityType.PERSON).alias("Biden")
              .country("Q30").prior(0.95).kind("politician")
              .office("rostra:office/us/president", LocalDate.of(2021, 1, 20),
                  LocalDate.of(2025, 1, 20)).build())
          .add(EntityRecord.builder("Q180589", "Boris Johnson", EntityType.PERSON)
              .alias("Johnson").prior(0.8).kind("politician").build())
          .add(EntityRecord.builder("Q1428", "Georgia", EntityType.GPE).alias("Georgia")
              .country("Q30").prior(0.6).kind("state").build())
          .add(EntityRecord.builder("Q230", "Georgia (country)", EntityType.GPE)
              .alias("Georgia").prior(0.5).kind("country").build())
          .add(EntityRecord.builder("Q23556", "Atlanta", EntityType.GPE).country("Q30")
              .prior(0.9).kind("city").build())
          .add(EntityRecord.builder("Q17427", "Chinese Communist Party", EntityType.ORG)
              .alias("Communist Party of China", "CCP", "CPC", "the Communist Party")
              .country("Q148").prior(0.9).kind("party").build())
          .build();

  static final Annotator ANNOTATOR = Annotator.builder().tokenize().entities(KB).build();

  static final List<String> TEXTS =
      StageContract.texts(
          "Chinese President Xi Jinping said on Thursday that the U.S. was wrong.\n\n"
              + "\u201CAchieving self-reliance is key,\u201D Xi said. He didn't stop.",
          "The Chinese Communist Party (CCP) met. The CCP said China's president would attend.",
          "Rachel Johnson said so. Johnson left. Boris Johnson stayed.",
          Texts.MIXED_SCRIPTS + " Xi",
          "Xi ".repeat(2000),
          "Xi and Obama and ".repeat(1500) + "he said.",
          "President ".repeat(3000) + "Xi.",
          "The US president said he and she and his. ".repeat(300),
          "Georgia, Atlanta. " + "Mr. A B C D E F G H. ".repeat(200));

  EntityLinkerContractTest() {
    super(ANNOTATOR, TEXTS, Texts.examples() / 10, 30);
  }

  static Mention find(Document d, String text) {
    return d.entities().stream()
        .filter(m -> m.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + d.entities()));
  }

  @Test
  void providesEntitiesAndRequiresPos() {
    EntityLinker linker = EntityLinkers.english(KB);
    assertTrue(linker.provides().contains(org.rostra.doc.Layers.ENTITIES));
    assertTrue(linker.requires().contains(org.rostra.doc.Layers.POS));
    assertEquals(KB, linker.knowledgeBase());
  }

  @Test
  void linksNamesAndClustersShortFormsTitlesAndPronouns() {
    Document d =
        ANNOTATOR.annotate(
            "Chinese President Xi Jinping visited Guangdong. Xi said growth was key. He spoke for"
                + " an hour. The Chinese president later met officials.",
            LocalDate.of(2023, 4, 14));
    Mention full = find(d, "Xi Jinping");
    assertEquals(Optional.of("Q15031"), full.kbId());
    assertEquals(full.cluster(), find(d, "Xi").cluster());
    Mention he = find(d, "He");
    assertEquals(MentionKind.PRONOUN, he.kind());
    assertEquals(full.cluster(), he.cluster());
    Mention title = find(d, "The Chinese president");
    assertEquals(MentionKind.NOMINAL, title.kind());
    assertEquals(Optional.of("Q15031"), title.kbId());
  }

  @Test
  void titlesResolveToTheHolderOnTheDocumentsDate() {
    String text = "Congress passed the bill, and the US president signed it.";
    assertEquals(
        Optional.of("Q76"), find(ANNOTATOR.annotate(text, LocalDate.of(2015, 5, 1)),
            "the US president").kbId());
    assertEquals(
        Optional.of("Q6279"), find(ANNOTATOR.annotate(text, LocalDate.of(2023, 5, 1)),
            "the US president").kbId());
    Mention undated = find(ANNOTATOR.annotate(text), "the US president");
    assertFalse(undated.link().isPresent(), "no date, no holder");
  }

  @Test
  void unknownNamesAreNilAndTyped() {
    Document d = ANNOTATOR.annotate("The report was written with assistance from Yujing Liu.");
    Mention liu = find(d, "Yujing Liu");
    assertEquals(EntityType.PERSON, liu.type());
    assertFalse(liu.link().isPresent());
    Document org = ANNOTATOR.annotate("Shares of Zorblax Robotics Inc. rose on Monday.");
    assertEquals(EntityType.ORG, find(org, "Zorblax Robotics Inc.").type());
  }

  @Test
  void aNamesakeIsNotGrabbedAndItsSurnameFollowsIt() {
    Document d = ANNOTATOR.annotate("Rachel Johnson said so. Johnson left early.");
    Mention rachel = find(d, "Rachel Johnson");
    assertFalse(rachel.link().isPresent());
    Mention later = d.entities().get(1);
    assertEquals("Johnson", later.text());
    assertFalse(later.link().isPresent());
    assertEquals(rachel.cluster(), later.cluster());
  }

  @Test
  void acronymsJoinTheirLongForm() {
    Document d = ANNOTATOR.annotate("The Chinese Communist Party met in Beijing. The CCP said no.");
    Mention party = find(d, "Chinese Communist Party");
    assertEquals(Optional.of("Q17427"), party.kbId());
    assertEquals(party.cluster(), find(d, "CCP").cluster());
  }

  @Test
  void contextChoosesBetweenNamesakePlaces() {
    Document state = ANNOTATOR.annotate("Voters in Atlanta, Georgia, lined up early in the US.");
    assertEquals(Optional.of("Q1428"), find(state, "Georgia").kbId());
  }

  @Test
  void lowerCaseWordsAreNotNames() {
    Document d = ANNOTATOR.annotate("they asked us about america and china in general.");
    assertTrue(d.entities().stream().noneMatch(m -> m.link().isPresent()), d.entities()::toString);
  }
}
