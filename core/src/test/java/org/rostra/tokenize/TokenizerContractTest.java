package org.rostra.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rostra.Annotator;
import org.rostra.doc.Document;
import org.rostra.testing.StageContract;
import org.rostra.testing.StageContractSuite;
import org.rostra.testing.Texts;

/** The tokenizer (with lemmas) against the stage contract. */
class TokenizerContractTest extends StageContractSuite {
  static final Annotator ANNOTATOR = Annotator.builder().tokenize().lemmas().build();

  static final List<String> TEXTS =
      StageContract.texts(
          "Chinese President Xi Jinping said on Thursday that the U.S. was wrong.\n\n"
              + "“Achieving self-reliance is key,” Xi said, according to Xinhua. He didn't stop.",
          "WASHINGTON (Reuters) — The Senate voted 51-49. Sen. Smith (R-Ohio) said “no.”\n"
              + "Gov. Jones agreed.",
          "a".repeat(5000),
          "\n".repeat(500) + "x");

  TokenizerContractTest() {
    super(ANNOTATOR, TEXTS, Texts.examples() / 10, 40);
  }

  @Test
  void tokensCoverAllNonSpaceText() {
    Document d = ANNOTATOR.annotate("Hello, world. It's 3.5% of $4bn!");
    StringBuilder sb = new StringBuilder();
    d.tokens().forEach(t -> sb.append(t.text()));
    assertEquals("Hello,world.It's3.5%of$4bn!", sb.toString());
  }
}
