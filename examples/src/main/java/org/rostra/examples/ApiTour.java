package org.rostra.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.rostra.AnnotationException;
import org.rostra.Annotator;
import org.rostra.ErrorCode;
import org.rostra.doc.Dateline;
import org.rostra.doc.Document;
import org.rostra.doc.Mention;
import org.rostra.doc.Paragraph;
import org.rostra.doc.Quote;
import org.rostra.doc.Sentence;
import org.rostra.doc.ThemeLevel;
import org.rostra.doc.Token;
import org.rostra.io.HtmlView;
import org.rostra.io.JsonLines;

/**
 * The API tour of the user guide ({@code docs/guide.md}): the seed article end to end, every
 * layer the annotator computes, the JSON and the HTML view. Usage: {@code ApiTour [OUT.html]}.
 */
public final class ApiTour {
  private ApiTour() {}

  /** Walks through the seed article's annotation; writes the HTML view to {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    String text = QuickStart.sample("seed.txt");
    // snippet:tour-build
    Annotator annotator = Annotator.builder()
        .tokenize()       // paragraphs, sentences, tokens, datelines
        .entities()       // mentions linked to the bundled KB, coreference (adds POS tags)
        .quotes()         // direct, mixed and indirect quotes: cue, speaker, source
        .themes()         // CAP topics of the document, its paragraphs and quotes
        .maxChars(1_000_000)
        .build();         // loads the models once; share the annotator across threads
    Document doc = annotator.annotate(text, LocalDate.of(2023, 4, 14));
    // end-snippet

    // snippet:tour-text
    System.out.println(doc.paragraphs().size() + " paragraphs, " + doc.sentences().size()
        + " sentences, " + doc.tokens().size() + " tokens");
    Paragraph first = doc.paragraphs().get(0);
    for (Sentence s : doc.sentencesIn(first.span())) {
      System.out.println("sentence: " + doc.textOf(s.span()));
    }
    for (Dateline d : doc.datelines()) {
      System.out.println(d.kind() + ": " + doc.textOf(d.span()) + " " + d.date().orElse(null));
    }
    List<Token> tokens = doc.tokensIn(first.span());
    for (int i = 0; i < 8 && i < tokens.size(); i++) {
      int t = doc.tokenIndexAt(tokens.get(i).start()).orElseThrow();
      System.out.println(tokens.get(i).text() + "/" + doc.posTags().get(t));
    }
    // end-snippet

    // snippet:tour-layers
    for (Mention m : doc.entities()) {
      System.out.println(m.text() + " " + m.type() + " " + m.kind() + " -> "
          + m.link().map(l -> l.label() + " (" + l.kbId() + ")").orElse("NIL")
          + ", cluster " + m.cluster());
    }
    for (Quote q : doc.quotes()) {
      System.out.println(q.kind() + " \"" + q.text() + "\""
          + q.cue().map(c -> ", cue \"" + c.text() + "\"").orElse("")
          + q.speaker().map(a -> ", said by " + a.text() + " -> "
              + a.link().map(l -> l.label()).orElse("?")).orElse(", speaker not found")
          + q.source().map(s -> ", according to " + s.text()).orElse(""));
    }
    doc.themes().stream()
        .filter(t -> t.level() == ThemeLevel.DOCUMENT)
        .limit(3)
        .forEach(t -> System.out.printf(Locale.ROOT, "theme %s %s %.2f, evidence: %s%n",
            t.id(), t.label(), t.score(), t.evidence().stream().limit(4).map(doc::textOf).toList()));
    // end-snippet

    // snippet:tour-errors
    try {
      Annotator.builder().tokenize().maxChars(10).build().annotate("A text longer than ten chars.");
    } catch (AnnotationException e) {
      System.out.println(e.code() + ": " + e.getMessage()); // never contains the text
      assert e.code() == ErrorCode.INPUT_TOO_LARGE;
    }
    // end-snippet

    // snippet:tour-output
    String json = JsonLines.toJson(doc);                 // one line of the JSON Lines format
    Document back = JsonLines.parseDocument(json);       // and back: an equal Document
    System.out.println(json.length() + " chars of JSON, round trip equal: " + back.equals(doc));
    Path html = Path.of(args.length > 0 ? args[0] : "seed.html");
    Files.writeString(html, HtmlView.render(doc), StandardCharsets.UTF_8);
    System.out.println("open " + html.toAbsolutePath() + " in a browser");
    // end-snippet
  }
}
