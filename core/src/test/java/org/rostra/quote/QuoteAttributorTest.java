package org.rostra.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rostra.AnnotationException;
import org.rostra.Annotator;
import org.rostra.ErrorCode;
import org.rostra.Stage;
import org.rostra.doc.Attribution;
import org.rostra.doc.Document;
import org.rostra.doc.EntityLink;
import org.rostra.doc.EntityType;
import org.rostra.doc.LayerKey;
import org.rostra.doc.Layers;
import org.rostra.doc.Mention;
import org.rostra.doc.MentionKind;
import org.rostra.doc.Quote;
import org.rostra.doc.QuoteKind;
import org.rostra.doc.TextSpan;

class QuoteAttributorTest {
  static QuoteAttributor attributor(boolean beliefs) {
    return QuoteAttributors.builder()
        .cueLexicon(QuoteAttributorTest.class.getResourceAsStream("test-cues.tsv"))
        .beliefs(beliefs)
        .build();
  }

  static final Annotator ANNOTATOR =
      Annotator.builder().tokenize().quotes(attributor(false)).build();

  static List<Quote> quotes(String text) {
    return ANNOTATOR.annotate(text).quotes();
  }

  static String speaker(Quote q) {
    return q.speaker().map(Attribution::text).orElse("<none>");
  }

  static String cue(Quote q) {
    return q.cue().map(c -> c.text()).orElse("<none>");
  }

  @Test
  void quoteThenSpeakerAndCue() {
    List<Quote> qs = quotes("“We will win this election,” Smith said on Tuesday.");
    assertEquals(1, qs.size());
    Quote q = qs.get(0);
    assertEquals("We will win this election", q.text());
    assertEquals(QuoteKind.DIRECT, q.kind());
    assertEquals("Smith", speaker(q));
    assertEquals("said", cue(q));
  }

  @Test
  void sessionThreeRulesOnInventedSentences() {
    // a cue the tagger takes for a noun after a quotation, speaker with an attached phrase
    Quote asks = quotes("“So who pays for it?” a narrator in the new ad asks.").get(0);
    assertEquals("So who pays for it?", asks.text());
    assertEquals("asks", cue(asks));
    assertTrue(speaker(asks).startsWith("a narrator in the"), speaker(asks));
    // an introduction before "S said, “Q.”" is not content
    Quote asked = quotes("Asked about the merger, Ortiz said, “It will not happen.”").stream()
        .filter(q -> cue(q).equals("said")).findFirst().orElseThrow();
    assertEquals("It will not happen.", asked.text());
    // a pronoun attribution opening what was said is part of it: one quote, not two
    List<Quote> nested = quotes("Lopez said she believed the vote was rigged.");
    assertEquals(1, nested.size());
    assertEquals("Lopez", speaker(nested.get(0)));
    // "as S put it", after and before its content
    Quote putAfter = quotes("The town is “flat broke,” as the mayor put it.").get(0);
    assertEquals("the mayor", speaker(putAfter));
    assertEquals("put it", cue(putAfter));
    Quote putBefore = quotes("As the mayor put it on Monday, the town is “flat broke.”").get(0);
    assertTrue(putBefore.text().startsWith("the town is"), putBefore.text());
    // a that-clause reached over the addressee and a place
    Quote tells = quotes("Ortiz tells reporters in Lima on Friday that the deal is dead.").get(0);
    assertEquals("that the deal is dead", tells.text());
    // a participle never inverts: the speaker is the clause subject, not the next word
    // a noun cue after a possessive speaker: "S's comments", "her remark that ..."
    Quote remark = quotes("The row began with the senator's remark that the vote was “rigged.”")
        .get(0);
    assertEquals("remark", cue(remark));
    assertEquals("the senator", speaker(remark));
    assertTrue(remark.text().startsWith("that the vote was"), remark.text());
    Quote comments = quotes("Read his comments: “We will not back down.”").get(0);
    assertEquals("We will not back down.", comments.text());
    assertEquals("his", speaker(comments));
    // an unattributed report: subject and clause as two segments, no speaker
    Quote rep = quotes("The union is reportedly planning a strike for next week.").get(0);
    assertEquals("reportedly", cue(rep));
    assertEquals("<none>", speaker(rep));
    assertEquals(2, rep.segments().size());
    // "when asked whether ..." in the middle of a sentence
    assertTrue(quotes("He said “we will see,” when asked whether he would run again.").stream()
        .anyMatch(x -> cue(x).equals("asked") && x.text().startsWith("whether he would run")));
    Quote saying = quotes("The party attacked the mayor, saying he “has failed the city.”").stream()
        .filter(q -> cue(q).equals("saying")).findFirst().orElseThrow();
    assertEquals("The party", speaker(saying));
    assertTrue(saying.text().startsWith("he "), saying.text());
  }

  @Test
  void sessionThreeSpeakerAndCueRules() {
    // hyphen-joined compounds in speaker phrases, before and after the cue
    Quote before = quotes("“The plan is dead,” Ohio-based analyst Dana Cole said.").get(0);
    assertEquals("Ohio-based analyst Dana Cole", speaker(before));
    Quote after = quotes("“The plan is dead,” said the 52-year-old.").get(0);
    assertEquals("the 52-year-old", speaker(after));
    // poll respondents as speakers
    Quote poll = quotes("About 3 in 10 say the economy is getting worse.").get(0);
    assertEquals("About 3 in 10", speaker(poll));
    // a cue that only reports an issue, and one that needs an "as"
    assertTrue(quotes("The campaign raised $3 million in May.").isEmpty());
    assertEquals(1, quotes("The senator raised concerns about the budget.").size());
    // the part after a parenthetical cue runs to its clause end, past a later cue
    Quote paren = quotes("The paper, Lee said, called the plan a giveaway.").stream()
        .filter(x -> cue(x).equals("said")).findFirst().orElseThrow();
    assertEquals(2, paren.segments().size());
    // a short title after the cue is a circumstance, the content comes before it
    Quote title = quotes("Taxes will rise next year, she said on the station's “Evening Desk.”")
        .get(0);
    assertEquals("Taxes will rise next year", title.text());
    // pronouns of quantity as speakers
    assertEquals("Some", speaker(quotes("Some say the plan will fail.").get(0)));
    // a passive without an agent names no speaker; with "by" it does
    assertTrue(quotes("The square is observed as a place of rest.").isEmpty());
    assertEquals(1, quotes("The plan was criticized by the mayor as a giveaway.").size());
    // an object pronoun after an inverted content is the addressee, not the content
    Quote told = quotes("The deal was off, the minister told her.").get(0);
    assertEquals("The deal was off", told.text());
  }

  @Test
  void invertedCueWithAppositive() {
    Quote q = quotes("\"Taxes are too high,\" said Jane Doe, a senator from Ohio.").get(0);
    assertEquals("Taxes are too high", q.text());
    assertEquals("Jane Doe, a senator from Ohio", speaker(q));
    assertEquals("said", cue(q));
  }

  @Test
  void speakerCueColonQuote() {
    Quote q = quotes("The minister told reporters: “The talks have failed.”").get(0);
    assertEquals(QuoteKind.DIRECT, q.kind());
    assertEquals("The talks have failed.", q.text());
    assertEquals("The minister", speaker(q));
    assertEquals("told", cue(q));
  }

  @Test
  void indirectAndMixedSpeech() {
    Quote ind = quotes("The governor said that the budget would be balanced by May.").get(0);
    assertEquals(QuoteKind.INDIRECT, ind.kind());
    assertEquals("that the budget would be balanced by May", ind.text());
    assertEquals("The governor", speaker(ind));
    Quote mixed = quotes("He said the plan was “a total disaster” for farmers.").get(0);
    assertEquals(QuoteKind.MIXED, mixed.kind());
    assertEquals("He", speaker(mixed));
  }

  @Test
  void quoteSplitAroundItsCue() {
    List<Quote> qs = quotes("“We are ready,” she said, “and we will not wait.”");
    assertEquals(1, qs.size());
    Quote q = qs.get(0);
    assertEquals(2, q.segments().size());
    assertEquals("she", speaker(q));
    assertEquals("We are ready", q.segments().get(0).textOf("“We are ready,” she said, “and we will not wait.”"));
  }

  @Test
  void accordingToIsASourceOrASpeaker() {
    String t = "“Growth is key,” Xi said during a meeting, according to the official Xinhua News Agency.";
    Quote q = quotes(t).get(0);
    assertEquals("Xi", speaker(q));
    assertEquals("Xinhua News Agency", q.source().map(Attribution::text).orElse("<none>"));
    Quote alone = quotes("According to the report, the economy shrank in May.").get(0);
    assertEquals("the report", speaker(alone));
    assertEquals("the economy shrank in May", alone.text());
  }

  @Test
  void scareQuotesTitlesAndNicknamesAreNotQuotes() {
    assertTrue(quotes("The “common prosperity” slogan has worried investors.").isEmpty());
    assertTrue(quotes("A man who goes by “Shorty” ran the bar on Main Street.").isEmpty());
    assertTrue(quotes("She starred in “The Long Goodbye” in 1973.").isEmpty());
  }

  @Test
  void multiParagraphQuoteAndFloatingParagraph() {
    String t =
        "“The first part of it is here.\n\n“And it goes on in this paragraph,” Lee said.\n\n"
            + "“This whole paragraph is quoted and has no cue of its own.”";
    List<Quote> qs = quotes(t);
    assertEquals(2, qs.size(), qs.toString());
    assertEquals(2, qs.get(0).segments().size());
    assertEquals("Lee", speaker(qs.get(0)));
    assertEquals("Lee", speaker(qs.get(1)));
    assertTrue(qs.get(1).cue().isEmpty());
    assertTrue(qs.get(1).confidence() < qs.get(0).confidence());
  }

  @Test
  void floatingQuotesCanBeTurnedOff() {
    Annotator a =
        Annotator.builder()
            .tokenize()
            .quotes(
                QuoteAttributors.builder()
                    .cueLexicon(getClass().getResourceAsStream("test-cues.tsv"))
                    .floatingQuotes(false)
                    .build())
            .build();
    String t = "“We are ready,” Lee said.\n\n“This paragraph has no cue of its own at all.”";
    assertEquals(1, a.annotate(t).quotes().size());
  }

  @Test
  void beliefsNeedANominalSubjectAndAClauseUnlessAllOn() {
    String t = "Many voters think that the race is already over.";
    assertEquals("Many voters", speaker(quotes(t).get(0)));
    // a relative clause describes, it does not attribute
    String rel = "The plan has angered investors, who think it may mean bigger taxes.";
    assertTrue(quotes(rel).isEmpty());
    // no clause after the cue
    assertTrue(quotes("She thought about the race for a long time.").isEmpty());
    Annotator a = Annotator.builder().tokenize().quotes(attributor(true)).build();
    assertEquals(1, a.annotate(rel).quotes().size());
  }

  @Test
  void newswireAndGuillemetMarks() {
    Quote q = quotes("``It is over,'' the coach said.").get(0);
    assertEquals("It is over", q.text());
    Quote g = quotes("« Nous gagnerons », said Macron.").get(0);
    assertEquals("Macron", speaker(g));
  }

  @Test
  void speakersResolveThroughTheEntityLayer() {
    String t = "Chinese President Xi Jinping arrived.\n\n“We will open up,” he said.";
    int xi = t.indexOf("Xi Jinping");
    Stage fakeEntities =
        new Stage() {
          @Override
          public String name() {
            return "fake-entities";
          }

          @Override
          public Set<LayerKey<?>> requires() {
            return Set.of(Layers.TOKENS);
          }

          @Override
          public Set<LayerKey<?>> provides() {
            return Set.of(Layers.ENTITIES);
          }

          @Override
          public Document process(Document d) {
            return d.with(
                Layers.ENTITIES,
                List.of(
                    new Mention(
                        TextSpan.of(xi, xi + 10),
                        "Xi Jinping",
                        EntityType.PERSON,
                        MentionKind.NAME,
                        Optional.of(new EntityLink("Q15031", "Xi Jinping")),
                        0.9,
                        0)));
          }
        };
    // the custom stage runs after the built-ins: run the attributor as a custom stage too
    Annotator a =
        Annotator.builder().tokenize().posTags().stage(fakeEntities).stage(attributor(false)).build();
    Quote q = a.annotate(t).quotes().get(0);
    Attribution s = q.speaker().orElseThrow();
    assertEquals("he", s.text());
    assertEquals("Q15031", s.link().orElseThrow().kbId());
    assertEquals(0, s.cluster().getAsInt());
    // without the entity layer: the mention only
    Attribution bare = quotes(t).get(0).speaker().orElseThrow();
    assertFalse(bare.link().isPresent());
    assertFalse(bare.cluster().isPresent());
  }

  @Test
  void theBundledLexiconIsAClearResourceError() {
    // core's tests have no rostra-models-en on the class path
    AnnotationException e =
        assertThrows(AnnotationException.class, () -> Annotator.builder().tokenize().quotes().build());
    assertEquals(ErrorCode.RESOURCE_NOT_FOUND, e.code());
    assertTrue(e.getMessage().contains("lexicon/cues"), e.getMessage());
  }

  @Test
  void aMalformedLexiconFailsAtBuild() {
    AnnotationException e = lexiconFailure("say\tspeech\tbogus\tsay|said\n");
    assertEquals(ErrorCode.RESOURCE_INVALID, e.code());
    assertTrue(e.getMessage().contains("line 1"));
  }

  @Test
  void quotesRequirePosWhichIsAddedAutomatically() {
    assertTrue(ANNOTATOR.layers().contains(Layers.POS));
    assertTrue(ANNOTATOR.layers().contains(Layers.QUOTES));
  }

  static List<String> segments(Quote q, String text) {
    return q.segments().stream().map(sp -> text.substring(sp.start(), sp.end())).toList();
  }

  @Test
  void aQuoteGoesOnInTheNextSentenceAfterItsCue() {
    String text = "“We will win,” Smith said. “Nobody can stop us now.”";
    List<Quote> qs = quotes(text);
    assertEquals(1, qs.size());
    assertEquals(List.of("We will win", "Nobody can stop us now."), segments(qs.get(0), text));
    assertEquals("Smith", speaker(qs.get(0)));
  }

  @Test
  void anInvertedSpeakerRunsToTheEndOfTheClause() {
    Quote q =
        quotes("“It is over,” said Jane Doe, a professor at the University of Ohio who studies"
                + " elections.")
            .get(0);
    assertEquals(
        "Jane Doe, a professor at the University of Ohio who studies elections", speaker(q));
  }

  @Test
  void aSpeakerKeepsItsParenthesis() {
    Quote q = quotes("Sen. Pat Toomey (R-Pa.) said the bill would fail.").get(0);
    assertTrue(speaker(q).startsWith("Sen. Pat Toomey"), speaker(q));
    assertTrue(speaker(q).endsWith(")"), speaker(q));
  }

  @Test
  void raisingVerbsGiveTheSubjectAndTheInfinitiveWithoutSpeaker() {
    String text = "The governor seemed to regret the decision.";
    Quote q = quotes(text).get(0);
    assertEquals(List.of("The governor", "to regret the decision"), segments(q, text));
    assertTrue(q.speaker().isEmpty());
    assertEquals("seemed", cue(q));
  }

  @Test
  void catenativeAndPrepositionalCues() {
    Quote q = quotes("Smith continued to question the results of the vote.").get(0);
    assertEquals("continued to question", cue(q));
    assertEquals("the results of the vote", q.text());
    Quote r = quotes("The spokesman responded to requests for comment.").get(0);
    assertEquals("responded to", cue(r));
    assertEquals("requests for comment", r.text());
  }

  @Test
  void anAddresseeBeforeAnInfinitiveIsContent() {
    Quote q = quotes("Smith urged voters to reject the measure.").get(0);
    assertEquals("voters to reject the measure", q.text());
  }

  @Test
  void aHeadlineWithAColonIsAnAttribution() {
    Quote q = quotes("Graham: Trump Is Destroying Our Chances\n\nThe senator spoke on Monday.").get(0);
    assertEquals("Graham", speaker(q));
    assertEquals("Trump Is Destroying Our Chances", q.text());
  }

  @Test
  void aParentheticalCueAfterOneWord() {
    String text = "Trump, Smith said, has created a new kind of campaign.";
    Quote q = quotes(text).get(0);
    assertEquals(List.of("Trump", "has created a new kind of campaign"), segments(q, text));
  }

  @Test
  void continueIsNoCueOfAnIndirectClause() {
    assertTrue(quotes("Smith continues to lead the party in the Senate.").isEmpty());
  }

  @Test
  void aPollNamedWithInReportsItsClause() {
    Quote q = quotes("In a new survey released Monday, most voters said the economy was weak.")
        .stream().filter(x -> cue(x).equals("In")).findFirst().orElseThrow();
    assertEquals("a new survey released Monday", speaker(q));
    Quote lead = quotes("Smith continues to lead in the polls.").get(0);
    assertEquals("the polls", speaker(lead));
    assertEquals("Smith continues to lead", lead.text());
    assertTrue(quotes("The mayor lives in a house in the suburbs.").isEmpty());
  }

  @Test
  void aLexiconShorterThanItsDeclaredCountFails() {
    AnnotationException e = lexiconFailure("#! entries 2\nsay\tspeech\tinv\tsay|said\n");
    assertEquals(ErrorCode.RESOURCE_INVALID, e.code());
    assertTrue(e.getMessage().contains("2 entries"), e.getMessage());
  }

  /** The error of building an attributor over the given cue lexicon text. */
  private static AnnotationException lexiconFailure(String lexicon) {
    return assertThrows(
        AnnotationException.class,
        () ->
            QuoteAttributors.builder()
                .cueLexicon(new ByteArrayInputStream(lexicon.getBytes(StandardCharsets.UTF_8)))
                .build());
  }
}
