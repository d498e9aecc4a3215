package org.rostra.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rostra.doc.Document;
import org.rostra.doc.EntityType;
import org.rostra.doc.Mention;
import org.rostra.testing.StageContract;
import org.rostra.testing.Texts;

class BylineNamesTest {

  @Test
  void namesInABylineArePeople() {
    Document d =
        EntityLinkerContractTest.ANNOTATOR.annotate(
            "Xi said so.\n\n--With assistance from Yujing Liu and Ana Monteiro.");
    List<String> people =
        d.entities().stream()
            .filter(m -> m.type() == EntityType.PERSON && m.link().isEmpty())
            .map(Mention::text)
            .toList();
    assertEquals(List.of("Yujing Liu", "Ana Monteiro"), people);
  }

  @Test
  void anythingAfterABylineLeadKeepsTheInvariants() {
    qt().withExamples(Texts.examples() / 10)
        .forAll(Texts.nasty(), Texts.nasty())
        .checkAssert(
            (a, b) ->
                StageContract.checkInvariants(
                    EntityLinkerContractTest.ANNOTATOR.annotate(
                        a + "\n\n--With assistance from " + b + " (Document 11.)\n" + b)));
  }
}
