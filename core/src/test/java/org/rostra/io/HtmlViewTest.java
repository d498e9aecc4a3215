package org.rostra.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rostra.doc.Attribution;
import org.rostra.doc.Cue;
import org.rostra.doc.Document;
import org.rostra.doc.EntityLink;
import org.rostra.doc.EntityType;
import org.rostra.doc.LayerKey;
import org.rostra.doc.Layers;
import org.rostra.doc.Mention;
import org.rostra.doc.MentionKind;
import org.rostra.doc.Paragraph;
import org.rostra.doc.Quote;
import org.rostra.doc.QuoteKind;
import org.rostra.doc.TextSpan;
import org.rostra.doc.ThemeLevel;
import org.rostra.doc.ThemeScore;
import org.rostra.testing.HandMadeDocuments;
import org.rostra.testing.Texts;

class HtmlViewTest {
  private static final Set<String> VOID = Set.of("meta", "br", "input", "link", "img", "hr");
  private static final Pattern TAG =
      Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[a-zA-Z-]+(?:=\"[^\"<>]*\")?)*)\\s*(/?)>");

  /** The markup outside {@code <script>} and {@code <style>}: checks that tags nest. */
  static void assertWellFormed(String html) {
    String body = stripScriptAndStyle(html);
    assertTrue(body.startsWith("<!DOCTYPE html>"), "doctype");
    Deque<String> open = new ArrayDeque<>();
    int i = body.indexOf('>') + 1;
    while (true) {
      int lt = body.indexOf('<', i);
      if (lt < 0) {
        break;
      }
      Matcher m = TAG.matcher(body).region(lt, body.length());
      assertTrue(m.lookingAt(), () -> "malformed tag at " + lt + ": "
          + body.substring(lt, Math.min(body.length(), lt + 80)));
      String name = m.group(2).toLowerCase();
      Matcher a = Pattern.compile("\\s+([a-zA-Z-]+)").matcher(m.group(3).replaceAll("=\"[^\"]*\"", ""));
      while (a.find()) {
        assertFalse(a.group(1).toLowerCase().startsWith("on"), "event handler attribute " + a.group(1));
        assertFalse(a.group(1).equalsIgnoreCase("src") || a.group(1).equalsIgnoreCase("href")
            && !m.group(3).contains("href=\"#"), "no resource reference " + m.group());
      }
      if (m.group(1).isEmpty()) {
        if (!VOID.contains(name)) {
          open.push(name);
        }
      } else {
        assertFalse(open.isEmpty(), "close without open: " + name);
        assertEquals(open.pop(), name, "misnested at " + lt);
      }
      i = m.end();
    }
    assertTrue(open.isEmpty(), "unclosed: " + open);
    // text between tags holds no raw markup character
    String textOnly = body.replaceAll("<[^>]*>", "");
    assertFalse(textOnly.contains("<") || textOnly.contains(">"), "raw < or > in text");
  }

  static String stripScriptAndStyle(String html) {
    assertEquals(1, count(html, "<script>"), "exactly our one script");
    assertEquals(1, count(html, "<style>"), "exactly our one style");
    return html.replaceAll("(?s)<script>.*?</script>", "<script></script>")
        .replaceAll("(?s)<style>.*?</style>", "<style></style>");
  }

  static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  /** The text of the article elements, tags removed and references decoded. */
  static String articleText(String html) {
    StringBuilder sb = new StringBuilder();
    Matcher m = Pattern.compile("(?s)<article class=\"text\">(.*?)</article>").matcher(html);
    while (m.find()) {
      String inner = m.group(1).replaceAll("<div class=\"pmeta\">.*?</div>", "");
      sb.append(decode(inner.replaceAll("<[^>]*>", "")));
    }
    return sb.toString();
  }

  static String decode(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }

  @Test
  void hostileTextIdsAndLabelsStayInert() {
    String text = "Mallory met Evil Corp.\n\n" + HandMadeDocuments.HOSTILE_TEXT;
    Document d = HandMadeDocuments.annotate("x\"><script>alert(9)</script>", text, Optional.empty());
    String html = HtmlView.render(d);
    assertWellFormed(html);
    assertFalse(html.contains("<img"), "no img element");
    assertFalse(html.contains("<svg"), "no svg element");
    assertFalse(html.contains("<script>alert") || html.contains("<script>document"), "no script");
    assertTrue(html.contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;")
        || html.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"), "script as text");
    assertTrue(html.contains("data-kb=\"Q&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\""), html);
    assertTrue(html.contains("data-kb=\"Q&#39;1&#39; onmouseover=&#39;alert(2)\""));
    assertTrue(html.contains(
        "data-label=\"Mallory &quot;the &lt;b&gt;bold&lt;/b&gt;&quot; O&#39;Hara &amp; co\""));
    assertTrue(html.contains("<title>x&quot;&gt;&lt;script&gt;alert(9)&lt;/script&gt;</title>")
        || html.contains("<title>x\"&gt;&lt;script&gt;alert(9)&lt;/script&gt;</title>"));
    assertTrue(html.contains("Content-Security-Policy"));
    assertFalse(html.contains("http://") || html.contains("https://"), "no network reference");
    String paragraphs = text.replace("\n\n", "");
    assertEquals(paragraphs, articleText(html));
  }

  @Test
  void everyEntityQuoteAndThemeIsThere() {
    String text = "Xi Jinping visited Guangdong. \u201cWe must innovate in technology,\u201d Xi said,"
        + " according to Xinhua.\n\nJake Sullivan said \u201cexports of chips\u201d matter to the US.";
    Document d = HandMadeDocuments.annotate("t", text, Optional.empty());
    String html = HtmlView.render(d);
    assertWellFormed(html);
    for (Mention m : d.entities()) {
      String kb = m.kbId().orElse("");
      assertTrue(html.contains("data-kb=\"" + kb + "\"") || kb.isEmpty(), kb);
    }
    assertEquals(d.entities().size(), count(html, "<span class=\"ent\""));
    assertEquals(2, d.quotes().size());
    assertEquals(2, count(html, "<span class=\"q-first q q-direct\""));
    assertTrue(html.contains("class=\"spk\" data-q=\"d0-q0\" data-n=\"1\""), "speaker tied to Q1");
    assertTrue(html.contains("class=\"cue\" data-q=\"d0-q0\""));
    assertTrue(html.contains("class=\"src\" data-q=\"d0-q0\""), "source of Q1");
    assertTrue(html.contains("<h3>Cited sources</h3>") && html.contains("Xinhua News Agency"));
    assertTrue(html.contains("<h3>Document themes</h3>") && html.contains("Technology"));
    assertTrue(html.contains("class=\"chip\""), "paragraph theme chips");
    assertTrue(html.contains("class=\"ev\""), "evidence in the text");
    assertEquals(text.replace("\n\n", ""), articleText(html));
  }

  @Test
  void overlappingSpansAreSplitIntoNestedElements() {
    String text = "abc def ghi jkl";
    Mention crossing = new Mention(TextSpan.of(2, 9), "c def g", EntityType.ORG,
        MentionKind.NAME, Optional.of(new EntityLink("Q1", "One")), 0.5, 0);
    Mention inside = new Mention(TextSpan.of(4, 7), "def", EntityType.PERSON,
        MentionKind.NAME, Optional.empty(), 0.5, 1);
    Quote q = new Quote(TextSpan.of(4, 15), List.of(TextSpan.of(4, 7), TextSpan.of(12, 15)),
        "def ghi jkl", QuoteKind.MIXED, Optional.of(new Cue(TextSpan.of(8, 11), "ghi")),
        Optional.of(new Attribution(TextSpan.of(0, 3), "abc", Optional.empty(), OptionalInt.empty())),
        Optional.empty(), 0.5);
    ThemeScore t = new ThemeScore("a:1", "A", 0.5, ThemeLevel.DOCUMENT, OptionalInt.empty(),
        List.of(TextSpan.of(0, 15), TextSpan.of(6, 13)));
    Document d = Document.of("o", text)
        .with(Layers.ENTITIES, List.of(crossing, inside))
        .with(Layers.QUOTES, List.of(q))
        .with(Layers.THEMES, List.of(t));
    String html = HtmlView.render(d);
    assertWellFormed(html);
    assertEquals(text, articleText(html));
    assertTrue(count(html, "data-type=\"ORG\" data-kind") >= 2, "crossing entity split");
    assertEquals(1, count(html, "class=\"q-first"), "badge on the first segment only");
  }

  @Test
  void rendersTextOnlyTokensOnlyEmptyAndCustomLayers() {
    String text = "Just a text.\n\nWith two paragraphs.";
    String plain = HtmlView.render(Document.of("plain", text));
    assertWellFormed(plain);
    assertTrue(plain.contains("none (text only)"));
    assertEquals(text, articleText(plain));

    Document full = HandMadeDocuments.annotate("tok", text, Optional.empty());
    Document tokensOnly = Document.of("tok", text)
        .with(Layers.PARAGRAPHS, full.paragraphs())
        .with(Layers.SENTENCES, full.sentences())
        .with(Layers.TOKENS, full.tokens())
        .with(LayerKey.<Integer>of("my:count", "stage(x)"), 3);
    String tok = HtmlView.render(tokensOnly);
    assertWellFormed(tok);
    assertEquals(full.tokens().size(), count(tok, "<span class=\"tok\""));
    assertEquals(2, count(tok, "<span class=\"sent\""));
    assertTrue(tok.contains("my:count") && tok.contains("custom layers"));
    assertFalse(tok.contains("Document themes"), "no theme panel without the layer");

    String empty = HtmlView.render(Document.of("", ""));
    assertWellFormed(empty);
    assertTrue(empty.contains("(empty document)"));
  }

  @Test
  void spansBeyondTheTextAndOutsideParagraphsAreTolerated() {
    String text = "Head line\n\nBody text here.";
    Document d = Document.of("p", text)
        .with(Layers.PARAGRAPHS, List.of(new Paragraph(TextSpan.of(11, 26))))
        .with(Layers.ENTITIES, List.of(new Mention(TextSpan.of(5, 30), "x", EntityType.GPE,
            MentionKind.NAME, Optional.empty(), 0.1, 0)));
    String html = HtmlView.render(d);
    assertWellFormed(html);
    assertEquals("Head line\n\nBody text here.", articleText(html));
  }

  @Test
  void severalDocumentsMakeOnePageWithDistinctIds() throws IOException {
    Document a = HandMadeDocuments.annotate("a", "Xi said \u201cyes to technology\u201d.", Optional.empty());
    Document b = HandMadeDocuments.annotate("b", "Xi said \u201cno to exports\u201d.", Optional.empty());
    String html = HtmlView.render(List.of(a, b), "two <docs>");
    assertWellFormed(html);
    assertTrue(html.contains("id=\"d0\"") && html.contains("id=\"d1\""));
    assertTrue(html.contains("data-q=\"d1-q0\""));
    assertTrue(html.contains("<title>two &lt;docs&gt;</title>"));
    StringBuilder sb = new StringBuilder();
    try (HtmlView.PageWriter w = HtmlView.pageWriter(sb, "two <docs>")) {
      w.add(a);
      w.add(b);
    }
    assertEquals(html, sb.toString());
    HtmlView.PageWriter closed = HtmlView.pageWriter(new StringBuilder(), "t");
    closed.close();
    assertThrows(IllegalStateException.class, () -> closed.add(a));
  }

  @Test
  void anyTextWithRandomOverlappingSpansGivesWellFormedMarkupAndKeepsTheText() {
    qt().withExamples(Math.min(Texts.examples(), 2000))
        .forAll(Texts.anyString(), lists().of(integers().between(0, 400)).ofSizeBetween(0, 24))
        .checkAssert((text, cuts) -> {
          List<Mention> ms = new ArrayList<>();
          List<TextSpan> ev = new ArrayList<>();
          int n = text.length();
          for (int k = 0; k + 1 < cuts.size(); k += 2) {
            int s = Math.min(n, Math.min(cuts.get(k), cuts.get(k + 1)));
            int e = Math.min(n, Math.max(cuts.get(k), cuts.get(k + 1)));
            TextSpan span = TextSpan.of(s, e);
            if (k % 4 == 0) {
              ms.add(new Mention(span, span.textOf(text), EntityType.values()[k % 8],
                  MentionKind.NAME, Optional.of(new EntityLink("Q" + k, text)), 1, k));
            } else {
              ev.add(span);
            }
          }
          Document d = Document.of(text, text)
              .with(Layers.PARAGRAPHS, n == 0 ? List.of() : List.of(new Paragraph(TextSpan.of(0, n))))
              .with(Layers.ENTITIES, ms)
              .with(Layers.THEMES, List.of(new ThemeScore(text, text, 1, ThemeLevel.DOCUMENT,
                  OptionalInt.empty(), ev)));
          String html = HtmlView.render(d);
          assertWellFormed(html);
          String shown = articleText(html);
          if (n > 0 && !text.isBlank()) {
            assertEquals(clean(text), shown);
          }
        });
  }

  /** What the page shows for a text: characters HTML does not allow become U+FFFD. */
  static String clean(String s) {
    StringBuilder sb = new StringBuilder();
    Html.escape(sb, s, 0, s.length(), false);
    return decode(sb.toString());
  }
}
