package org.rostra.tokenize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rostra.doc.Dateline;
import org.rostra.doc.Document;
import org.rostra.doc.Paragraph;
import org.rostra.doc.Sentence;
import org.rostra.doc.TextSpan;
import org.rostra.doc.Token;
import org.rostra.doc.TokenRange;

/**
 * Rostra's English tokenizer: paragraphs (blank lines, hard wrapping), datelines and
 * bylines, UD syntactic words from a hand-written scanner, and rule-based sentences. Needs
 * no model; immutable and thread-safe (all working state is per call).
 */
final class RuleTokenizer extends TokenizerStage {

  @Override
  public Document process(Document document) {
    String text = document.text();
    int[] paras = Paragraphs.find(text);
    Scanner sc = new Scanner(text);
    List<Paragraph> paragraphs = new ArrayList<>(paras.length / 2);
    List<Dateline> datelines = new ArrayList<>(2);
    List<Sentence> sentences = new ArrayList<>();
    boolean[] ends = new boolean[64];
    Optional<LocalDate> datelineDate = Optional.empty();
    boolean seenText = false;
    for (int p = 0; p < paras.length; p += 2) {
      int ps = paras[p];
      int pe = paras[p + 1];
      paragraphs.add(new Paragraph(new TextSpan(ps, pe)));
      int from = ps;
      if (Datelines.byline(text, ps, pe)) {
        datelines.add(new Dateline(new TextSpan(ps, pe), "byline", Optional.empty()));
        continue;
      }
      if (!seenText) {
        seenText = true;
        Optional<Datelines.Found> d = Datelines.dateline(text, ps, pe);
        if (d.isPresent()) {
          Datelines.Found f = d.get();
          datelines.add(new Dateline(new TextSpan(f.start(), f.end()), "dateline", f.date()));
          if (datelineDate.isEmpty()) {
            datelineDate = f.date();
          }
          from = f.end();
        }
      }
      int first = sc.count();
      sc.scan(from, pe);
      int last = sc.count();
      if (last == first) {
        continue;
      }
      if (ends.length < last) {
        ends = java.util.Arrays.copyOf(ends, Math.max(last, ends.length * 2));
      }
      Sentences.split(text, sc, first, last, ends);
      int begin = first;
      for (int i = first; i < last; i++) {
        if (ends[i]) {
          sentences.add(
              new Sentence(
                  new TextSpan(sc.start(begin), sc.end(i)), new TokenRange(begin, i + 1)));
          begin = i + 1;
        }
      }
    }
    int n = sc.count();
    Token[] tokens = new Token[n];
    for (int i = 0; i < n; i++) {
      int s = sc.start(i);
      int e = sc.end(i);
      tokens[i] = new Token(new TextSpan(s, e), text.substring(s, e));
    }
    Document out = withLayers(document, paragraphs, sentences, List.of(tokens), datelines);
    if (out.date().isEmpty() && datelineDate.isPresent()) {
      out = out.withDate(datelineDate);
    }
    return out;
  }
}
