package org.rostra.tokenize;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.rostra.AnnotationException;
import org.rostra.ErrorCode;
import org.rostra.doc.Dateline;
import org.rostra.doc.Document;
import org.rostra.doc.Paragraph;
import org.rostra.doc.Sentence;
import org.rostra.doc.TextSpan;
import org.rostra.doc.Token;
import org.rostra.doc.TokenRange;
import org.rostra.internal.Resources;

/**
 * The OpenNLP UD models alone: paragraphs by blank lines, {@code SentenceDetectorME} sentences
 * and {@code TokenizerME} tokens, no datelines. Kept as the baseline Rostra's own tokenizer is
 * measured against.
 */
final class OpenNlpTokenizer extends TokenizerStage {
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\r\\u00A0]*\\n");

  private final SentenceModel sentenceModel;
  private final TokenizerModel tokenizerModel;

  OpenNlpTokenizer(Resources resources) {
    this.sentenceModel = load(resources, "opennlp/sentence", SentenceModel::new);
    this.tokenizerModel = load(resources, "opennlp/tokens", TokenizerModel::new);
  }

  interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  static <M> M load(Resources resources, String name, ModelReader<M> reader) {
    try (InputStream in = resources.open(name)) {
      return reader.read(in);
    } catch (IOException | RuntimeException e) {
      if (e instanceof AnnotationException ae) {
        throw ae;
      }
      throw new AnnotationException(
          ErrorCode.RESOURCE_INVALID, "model '" + name + "' cannot be read: " + e, e);
    }
  }

  @Override
  public Document process(Document document) {
    String text = document.text();
    SentenceDetectorME sd = new SentenceDetectorME(sentenceModel);
    TokenizerME tk = new TokenizerME(tokenizerModel);

    List<Dateline> datelines = List.of();
    int bodyStart = 0;
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    int start = 0;
    Matcher m = BLANK_LINE.matcher(text);
    while (true) {
      int end = m.find() ? m.start() : text.length();
      addParagraph(text, start, end, bodyStart, sd, tk, paragraphs, sentences, tokens);
      if (end == text.length()) {
        break;
      }
      start = m.end();
    }
    return withLayers(document, paragraphs, sentences, tokens, datelines);
  }

  private static void addParagraph(
      String text,
      int start,
      int end,
      int bodyStart,
      SentenceDetectorME sd,
      TokenizerME tk,
      List<Paragraph> paragraphs,
      List<Sentence> sentences,
      List<Token> tokens) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start >= end) {
      return;
    }
    paragraphs.add(new Paragraph(new TextSpan(start, end)));
    String para = text.substring(start, end);
    for (Span s : sd.sentPosDetect(para)) {
      int sStart = start + s.getStart();
      int sEnd = start + s.getEnd();
      if (sStart < bodyStart && sEnd > bodyStart) {
        addSentence(text, sStart, bodyStart, tk, sentences, tokens);
        sStart = bodyStart;
      }
      addSentence(text, sStart, sEnd, tk, sentences, tokens);
    }
  }

  private static boolean insidePair(String text, int i) {
    return i > 0
        && i < text.length()
        && Character.isHighSurrogate(text.charAt(i - 1))
        && Character.isLowSurrogate(text.charAt(i));
  }

  private static void addSentence(
      String text, int start, int end, TokenizerME tk, List<Sentence> sentences, List<Token> tokens) {
    int first = tokens.size();
    String sentence = text.substring(start, end);
    for (Span t : tk.tokenizePos(sentence)) {
      int ts = start + t.getStart();
      int te = start + t.getEnd();
      // never split a surrogate pair, never overlap the previous token
      if (insidePair(text, ts)) {
        ts++;
      }
      if (insidePair(text, te)) {
        te++;
      }
      if (!tokens.isEmpty()) {
        ts = Math.max(ts, tokens.get(tokens.size() - 1).end());
      }
      te = Math.min(te, end);
      if (te > ts) {
        tokens.add(new Token(new TextSpan(ts, te), text.substring(ts, te)));
      }
    }
    if (tokens.size() > first) {
      sentences.add(
          new Sentence(
              new TextSpan(tokens.get(first).start(), tokens.get(tokens.size() - 1).end()),
              new TokenRange(first, tokens.size())));
    }
  }
}
