package org.rostra.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rostra.Annotator;
import org.rostra.doc.Dateline;
import org.rostra.doc.Document;
import org.rostra.doc.Token;

class RuleTokenizerTest {
  static final Annotator A = Annotator.builder().tokenize().build();

  static List<String> tokens(String text) {
    return A.annotate(text).tokens().stream().map(Token::text).toList();
  }

  static List<String> sentences(String text) {
    Document d = A.annotate(text);
    return d.sentences().stream().map(s -> s.span().textOf(text)).toList();
  }

  @Test
  void clitics() {
    assertEquals(List.of("I", "do", "n't", "know", "."), tokens("I don't know."));
    assertEquals(List.of("Xi", "’s", "trip"), tokens("Xi’s trip"));
    assertEquals(List.of("we", "'re", "gon", "na", "win"), tokens("we're gonna win"));
    assertEquals(List.of("ca", "n't", "can", "not", "wo", "n’t"), tokens("can't cannot won’t"));
    assertEquals(List.of("They", "'ve", "the", "states", "'", "rights"),
        tokens("They've the states' rights"));
    assertEquals(List.of("O'Brien", "’70s", "'em"), tokens("O'Brien ’70s 'em"));
  }

  @Test
  void abbreviationsAndNumbers() {
    assertEquals(List.of("the", "U.S.", "and", "No.", "2", "Co.", "Inc."),
        tokens("the U.S. and No. 2 Co. Inc."));
    assertEquals(List.of("$", "4.2", "bn", ",", "1,000", "3.5", "%", "€", "12", "10:30"),
        tokens("$4.2bn, 1,000 3.5% €12 10:30"));
    assertEquals(List.of("say", "no", "."), tokens("say no."));
    assertEquals(List.of("9/30/01", "303-832-8160", "19th", "1990s"),
        tokens("9/30/01 303-832-8160 19th 1990s"));
  }

  @Test
  void hyphensFollowUd() {
    assertEquals(List.of("e-mail", "non-European", "F", "-", "16", "well", "-", "known"),
        tokens("e-mail non-European F-16 well-known"));
  }

  @Test
  void webTokensStayWhole() {
    assertEquals(
        List.of("see", "https://example.org/a?b=(c)", ",", "mail", "a.b@c.org", "@handle",
            "#tag", "👩‍👩‍👧", "🇨🇳", "😀", ":)"),
        tokens("see https://example.org/a?b=(c), mail a.b@c.org @handle #tag 👩‍👩‍👧🇨🇳😀 :)"));
  }

  @Test
  void quotesAndDashes() {
    assertEquals(List.of("``", "Yes", "''", "--", "“", "no", "”", "—", "he"),
        tokens("``Yes'' -- “no” — he"));
  }

  @Test
  void sentenceBoundaries() {
    assertEquals(
        List.of("He left for the U.S. on Jan. 5.", "“It is possible.”", "He said so."),
        sentences("He left for the U.S. on Jan. 5. “It is possible.” He said so."));
    assertEquals(List.of("Mr. J. Smith of LG Display Co. in Seoul won No. 2 spot."),
        sentences("Mr. J. Smith of LG Display Co. in Seoul won No. 2 spot."));
    assertEquals(List.of("It works in the U.S.", "The rest waits."),
        sentences("It works in the U.S. The rest waits."));
    assertEquals(List.of("Wait...", "What?!", "OK."), sentences("Wait... What?! OK."));
    assertEquals(List.of("A headline without stop", "The story."),
        sentences("A headline without stop\n\nThe story."));
  }

  @Test
  void datelinesAndBylines() {
    String text = "WASHINGTON (Reuters) — The Senate voted.\n\n--With assistance from Ann Lee.";
    Document d = A.annotate(text);
    List<Dateline> dl = d.datelines();
    assertEquals(2, dl.size());
    assertEquals("WASHINGTON (Reuters) —", dl.get(0).span().textOf(text));
    assertEquals("byline", dl.get(1).kind());
    assertEquals(List.of("The Senate voted."),
        d.sentences().stream().map(s -> s.span().textOf(text)).toList());

    Document b = A.annotate("BEIJING, April 14, 2023 (Xinhua) -- Xi spoke.");
    assertEquals(Optional.of(LocalDate.of(2023, 4, 14)), b.date());
    assertEquals("Xi", b.tokens().get(0).text());

    Document c = A.annotate(" date 2023-04-14 (Bloomberg) -- Xi spoke.", LocalDate.of(2020, 1, 1));
    assertEquals(Optional.of(LocalDate.of(2020, 1, 1)), c.date(), "the caller's date wins");
    assertEquals(Optional.of(LocalDate.of(2023, 4, 14)), c.datelines().get(0).date());

    assertTrue(A.annotate("NATO leaders met on Monday.").datelines().isEmpty());
  }

  @Test
  void hardWrappedAndOneLinePerParagraph() {
    String wrapped =
        "The committee met on Tuesday to discuss the budget for the coming\n"
            + "year and agreed on most items. Another meeting is planned for\n"
            + "May.\n"
            + "Members said the talks had been useful and that they expected to\n"
            + "finish the work by the end of the month, barring any surprises.";
    assertEquals(2, A.annotate(wrapped).paragraphs().size());
    String lines = "First paragraph here.\nSecond paragraph here.\nThird one.";
    assertEquals(3, A.annotate(lines).paragraphs().size());
  }

  @Test
  void emailHeadersAndSignatures() {
    assertEquals(
        List.of("Maria Lopez", "03/14/2002 09:15 AM", "please see the notes below."),
        sentences("Maria Lopez 03/14/2002 09:15 AM please see the notes below."));
    // a stamp led into by a preposition stays in its sentence
    assertEquals(List.of("The memo sent on 03/14/2002 09:15 AM was late."),
        sentences("The memo sent on 03/14/2002 09:15 AM was late."));
    assertEquals(List.of("Contact: press@example.org", "Office hours are 9 to 5."),
        sentences("Contact: press@example.org Office hours are 9 to 5."));
    assertEquals(
        List.of("Here they are.", "(See attached file: budget.xls)", "- notes.doc", "- plan.pdf"),
        sentences("Here they are. (See attached file: budget.xls) - notes.doc - plan.pdf"));
    assertEquals(List.of("Thanks,", "Ana", "Here is the draft."),
        sentences("Thanks, Ana Here is the draft."));
    assertEquals(List.of("Hi Tom -", "The call moved to Friday."),
        sentences("Hi Tom - The call moved to Friday."));
    assertEquals(List.of("P.S. The keys are at the desk."),
        sentences("P.S. The keys are at the desk."));
    assertEquals(List.of("--", "Sent from the field office"),
        sentences("-- Sent from the field office"));
  }

  @Test
  void webAndTranscriptText() {
    assertEquals(List.of("Pictures here: http://example.com/a.html",
            "http://example.com/b.html"),
        sentences("Pictures here: http://example.com/a.html http://example.com/b.html"));
    assertEquals(List.of("So cool...", "http://example.com/c.html"),
        sentences("So cool... http://example.com/c.html"));
    assertEquals(List.of("... And then it rained."), sentences("... And then it rained."));
    assertEquals(List.of("(BBC)", "The talks ended."), sentences("(BBC) The talks ended."));
    assertEquals(List.of("I want a quiet hotel", "1) close to the beach",
            "2) with a pool"),
        sentences("I want a quiet hotel 1) close to the beach 2) with a pool"));
    assertEquals(List.of("He cried \"Stop!\" and ran."), sentences("He cried \"Stop!\" and ran."));
    assertEquals(List.of("MR. SMITH: Thank you."), sentences("MR. SMITH: Thank you."));
    assertEquals(List.of("We fund the VA.", "And we build."), sentences("We fund the VA. And we build."));
    assertEquals(List.of("Born (c. 1818 in London) he sailed."),
        sentences("Born (c. 1818 in London) he sailed."));
    assertEquals(List.of("See the file (draft).doc today."),
        sentences("See the file (draft).doc today."));
    // a dash in a speech is not a lead-in
    assertEquals(List.of("In California -- I was surprised."),
        sentences("In California -- I was surprised."));
    assertEquals(List.of("Americans - Americans know it."),
        sentences("Americans - Americans know it."));
  }

  @Test
  void offsetsIndexTheOriginal() {
    String text = "\u00A0“Hi,”\u2009she said.\r\n\r\nOK";
    Document d = A.annotate(text);
    for (Token t : d.tokens()) {
      assertEquals(t.text(), text.substring(t.start(), t.end()));
    }
    assertEquals(2, d.paragraphs().size());
  }
}
