package org.rostra.tokenize;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.rostra.Annotator;
import org.rostra.doc.Document;
import org.rostra.testing.StageContract;
import org.rostra.testing.Texts;

/** Hostile input never makes the tokenizer throw, hang or break an invariant. */
class TokenizerPropertiesTest {
  static final Annotator A = Annotator.builder().tokenize().build();

  static void ok(String text) {
    Document d = A.annotate(text);
    StageContract.checkInvariants(d);
  }

  static int examples(int div) {
    return Math.max(50, Texts.examples() / div);
  }

  @Test
  void emptyAndWhitespaceOnly() {
    Gen<String> ws = strings().betweenCodePoints(0, 0x3000).ofLengthBetween(0, 50)
        .map(s -> s.codePoints().filter(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString());
    qt().withExamples(examples(10)).forAll(ws).checkAssert(TokenizerPropertiesTest::ok);
    ok("");
  }

  @Test
  void oneMegabyteWithoutSpaces() {
    qt().withExamples(3)
        .forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 20))
        .checkAssert(piece -> assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
          String noSpace = piece.replaceAll("\\s", "x");
          StringBuilder sb = new StringBuilder(1 << 20);
          while (sb.length() < 1 << 20) {
            sb.append(noSpace);
          }
          ok(sb.toString());
          ok("http://" + sb);
          ok("a".repeat(1 << 20));
          ok(".".repeat(1 << 20));
          ok("-a".repeat(1 << 19));
        }));
  }

  @Test
  void hundredThousandNewlines() {
    qt().withExamples(3)
        .forAll(integers().between(1, 3))
        .checkAssert(k -> assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
          ok("\n".repeat(100_000));
          ok("x\n".repeat(50_000 * k));
          ok("\r\n".repeat(100_000) + "end.");
        }));
  }

  @Test
  void unpairedSurrogates() {
    Gen<String> s = Texts.anyString().map(x -> x + "\uD83D" + x + "\uDE00");
    qt().withExamples(examples(10)).forAll(s).checkAssert(TokenizerPropertiesTest::ok);
  }

  @Test
  void controlCharacters() {
    Gen<String> s = strings().betweenCodePoints(0, 0x9F).ofLengthBetween(0, 100);
    qt().withExamples(examples(10)).forAll(s).checkAssert(TokenizerPropertiesTest::ok);
  }

  @Test
  void rightToLeftText() {
    Gen<String> s = strings().betweenCodePoints(0x0590, 0x06FF).ofLengthBetween(0, 100)
        .map(x -> "\u202E" + x + " (Reuters) — " + x + ". \u200F");
    qt().withExamples(examples(10)).forAll(s).checkAssert(TokenizerPropertiesTest::ok);
  }

  @Test
  void cjkText() {
    Gen<String> s = strings().betweenCodePoints(0x3000, 0x9FFF).ofLengthBetween(0, 100)
        .map(x -> x + "。" + x);
    qt().withExamples(examples(10)).forAll(s).checkAssert(TokenizerPropertiesTest::ok);
  }

  @Test
  void anyStringAndNastyText() {
    qt().withExamples(examples(5)).forAll(Texts.anyString())
        .checkAssert(TokenizerPropertiesTest::ok);
    qt().withExamples(examples(5)).forAll(Texts.nasty()).checkAssert(TokenizerPropertiesTest::ok);
  }
}
