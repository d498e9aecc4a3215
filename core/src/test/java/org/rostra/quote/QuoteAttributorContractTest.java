package org.rostra.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rostra.Annotator;
import org.rostra.doc.Document;
import org.rostra.doc.Quote;
import org.rostra.testing.StageContract;
import org.rostra.testing.StageContractSuite;
import org.rostra.testing.Texts;

/** The stage contract and bad input: unbalanced marks, a huge quote, marks only. */
class QuoteAttributorContractTest extends StageContractSuite {
  static final Annotator ANNOTATOR = QuoteAttributorTest.ANNOTATOR;

  static final List<String> TEXTS =
      List.of(
          "",
          "   \n\n\t ",
          "“Achieving self-reliance is key,” Xi said, according to Xinhua. He said the country"
              + " “should strengthen education.”\n\nThe “common prosperity” slogan worried them.",
          "\"A,\" she said, \"B.\"\n\n''C,'' he told reporters. ``D'' said\n\n« E », dit-il.",
          "“Unclosed quote said he\n\n“and another” said “ ” ” “ ‘ ’ ' \" \" said said",
          "🇨🇳 習近平 said “مرحبا \uD83D lone \uDE00” \u202E RTL\u0000\u0007",
          "said " + "“".repeat(300) + " told " + "”".repeat(300));

  QuoteAttributorContractTest() {
    super(ANNOTATOR, TEXTS, Texts.examples() / 20, 30);
  }

  @Test
  void tenThousandUnbalancedMarks() {
    StringBuilder sb = new StringBuilder();
    String[] marks = {"“", "\"", "”", "‘", "''", "``", "«", "„"};
    for (int i = 0; i < 10_000; i++) {
      sb.append(marks[i % marks.length]).append(i % 7 == 0 ? " he said " : "x ");
    }
    Document d = ANNOTATOR.annotate(sb.toString());
    StageContract.checkInvariants(d);
  }

  @Test
  void aOneMegabyteQuote() {
    StringBuilder sb = new StringBuilder("“");
    while (sb.length() < 1_000_000) {
      sb.append("We will said keep going and going, told nobody. ");
    }
    sb.append("” Smith said.");
    Document d = ANNOTATOR.annotate(sb.toString());
    StageContract.checkInvariants(d);
    List<Quote> qs = d.quotes();
    assertEquals(1, qs.size());
    assertEquals("Smith", QuoteAttributorTest.speaker(qs.get(0)));
  }

  @Test
  void marksOnly() {
    Document d = ANNOTATOR.annotate("“”‘’\"\"''``«»„‹›".repeat(2000));
    StageContract.checkInvariants(d);
    assertEquals(List.of(), d.quotes());
  }
}
