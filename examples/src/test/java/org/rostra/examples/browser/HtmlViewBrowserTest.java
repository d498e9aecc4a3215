package org.rostra.examples.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rostra.doc.Document;
import org.rostra.doc.Mention;
import org.rostra.doc.Quote;
import org.rostra.examples.cli.RostraCli;
import org.rostra.io.HtmlView;
import org.rostra.io.JsonLines;
import org.rostra.testing.HandMadeDocuments;

/**
 * Renders the seed article in headless Chromium and checks the live DOM: every entity and
 * quote is there with its attributes, quotes are tied to their speakers, hostile text stays
 * text, the page's own script runs under its Content-Security-Policy. Screenshots go to
 * {@code target/browser/}. Skips when Chromium or chromedriver is missing ({@code .ci/run}
 * installs both).
 */
class HtmlViewBrowserTest {
  static final Path OUT = Path.of("target", "browser");
  static final Path SEED = Path.of("src", "main", "resources", "samples", "seed.txt");
  static Chromium browser;

  @BeforeAll
  static void start() throws Exception {
    Optional<Path> chromium = Chromium.browser();
    Optional<Path> driver = Chromium.driver();
    Assumptions.assumeTrue(chromium.isPresent() && driver.isPresent(),
        "SKIPPED: no chromium and chromedriver on the PATH; install the Debian packages"
            + " 'chromium' and 'chromium-driver' (.ci/run does) to run the browser test");
    Files.createDirectories(OUT);
    Path profile = Files.createTempDirectory("rostra-chromium-");
    browser = new Chromium(driver.get(), chromium.get(), profile, OUT.resolve("chromedriver.log"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  static String seedText() throws Exception {
    return Files.readString(SEED, StandardCharsets.UTF_8);
  }

  @Test
  void handMadeSeedPageShowsEveryEntityAndQuoteAndKeepsHostileTextInert() throws Exception {
    String text = seedText().stripTrailing() + "\n\n" + HandMadeDocuments.HOSTILE_TEXT + "\n";
    Document doc = HandMadeDocuments.annotate(
        "xi-guangdong-2023-04-14", text, Optional.of(LocalDate.of(2023, 4, 14)));
    assertTrue(doc.entities().size() > 30 && doc.quotes().size() >= 8, "fixture sanity");
    Path page = OUT.resolve("seed-handmade.html");
    Files.writeString(page, HtmlView.render(doc), StandardCharsets.UTF_8);
    browser.size(1280, 900);
    browser.open(page.toAbsolutePath().toUri());

    assertEquals("1", browser.run("return document.documentElement.getAttribute('data-rostra-ready');"),
        "the page's script ran (its CSP hash is right)");
    assertEquals("xi-guangdong-2023-04-14", browser.run("return document.title;"));
    assertInert(browser);
    assertEquals("1", browser.run(
        "return String(Array.from(document.querySelectorAll('article .q')).filter(function (e) {"
            + " return e.textContent.indexOf(\"<script>document.title='pwned'</script>\") >= 0;"
            + " }).length);"), "the <script> of the input is shown as text");

    // every entity, with its KB id and label as attributes, hostile ones included
    List<String> shown = lines(browser.run(
        "return Array.from(document.querySelectorAll('article .ent')).map(function (e) {"
            + " return [e.dataset.type, e.dataset.kb || '', e.dataset.label || '', e.textContent]"
            + ".join('\\t'); }).join('\\n');"));
    assertEquals(doc.entities().size(), shown.size(), "one element per entity mention");
    Set<String> shownSet = new HashSet<>(shown);
    for (Mention m : doc.entities()) {
      String row = m.type().name() + "\t" + m.kbId().orElse("") + "\t"
          + m.link().map(l -> l.label()).orElse("") + "\t" + m.text();
      assertTrue(shownSet.contains(row), "entity missing from the page: " + row);
    }
    assertTrue(shownSet.stream().anyMatch(r -> r.contains("\tQ\"><img src=x onerror=alert(1)>\t")),
        "a hostile KB id survives as an attribute value");

    // every quote, its text, and its speaker tied to the speaker's entity
    for (int i = 0; i < doc.quotes().size(); i++) {
      Quote q = doc.quotes().get(i);
      String sel = "[data-q~=\"d0-q" + i + "\"]";
      assertEquals(q.text(), browser.run(
          "return Array.from(document.querySelectorAll('article .q" + sel.replace("'", "\\'")
              + "')).map(function (e) { return e.textContent; }).join('');"), "quote " + (i + 1));
      if (q.speaker().isPresent()) {
        String row = browser.run(
            "var s = document.querySelector('article .spk" + sel.replace("'", "\\'") + "');"
                + " var e = s.querySelector('.ent');"
                + " return [s.textContent, s.dataset.n, s.dataset.g, e ? e.dataset.g : ''].join('\\t');");
        String[] f = row.split("\t", -1);
        assertEquals(q.speaker().get().text(), f[0], "speaker of quote " + (i + 1));
        assertTrue(f[1].contains(String.valueOf(i + 1)), "speaker badge names quote " + (i + 1));
        assertEquals(f[2], f[3], "speaker and its entity share a group");
      }
    }
    // a click on a quote highlights its speaker
    assertEquals("true", browser.run(
        "document.querySelector('article .q[data-q~=\"d0-q0\"]').click();"
            + " return String(document.querySelector('article .spk[data-q~=\"d0-q0\"]')"
            + ".classList.contains('hl') && !document.getElementById('rostra-info').hidden);"));
    browser.run("document.getElementById('rostra-info-close').click(); return '';");

    screenshot(1280, "seed-desktop.png");
    screenshot(390, "seed-phone.png");
    assertEquals("true", browser.run(
        "return String(document.documentElement.scrollWidth <= window.innerWidth + 1);"),
        "no horizontal scrolling on a phone");
  }

  @Test
  void cliHtmlOfTheSeedShowsWhateverTheAnnotatorFound() throws Exception {
    Path page = OUT.resolve("seed-cli.html");
    Path json = OUT.resolve("seed-cli.jsonl");
    assertEquals(0, RostraCli.run("annotate", "--input", SEED.toString(), "--format", "html",
        "--output", page.toString(), "--no-progress"));
    assertEquals(0, RostraCli.run("annotate", "--input", SEED.toString(),
        "--output", json.toString(), "--no-progress"));
    Document doc = JsonLines.parseDocument(Files.readAllLines(json).get(0));
    browser.size(1280, 900);
    browser.open(page.toAbsolutePath().toUri());
    assertEquals("1", browser.run("return document.documentElement.getAttribute('data-rostra-ready');"));
    assertEquals(String.valueOf(doc.find(org.rostra.doc.Layers.ENTITIES).map(List::size).orElse(0)),
        browser.run("return String(document.querySelectorAll('article .ent').length);"));
    int quotes = doc.find(org.rostra.doc.Layers.QUOTES).map(List::size).orElse(0);
    assertEquals(String.valueOf(quotes),
        browser.run("return String(document.querySelectorAll('article .q-first').length);"));
    List<String> paragraphs = new ArrayList<>();
    for (var p : doc.paragraphs()) {
      paragraphs.add(doc.textOf(p.span()));
    }
    assertEquals(String.join("", paragraphs), browser.run(
        "return Array.from(document.querySelectorAll('article .para > p'))"
            + ".map(function (p) { return p.textContent; }).join('');"));
    screenshot(1280, "seed-cli.png");
    if (quotes == 0 && doc.find(org.rostra.doc.Layers.ENTITIES).isEmpty()) {
      assertEquals("true", browser.run(
          "return String(document.body.classList.contains('show-sent'));"),
          "a document without entities or quotes shows its sentences");
    }
  }

  @Test
  void hostileDocumentIdsAndTextThroughTheRealPipelineStayInert() throws Exception {
    Path in = OUT.resolve("hostile.jsonl");
    String id1 = "</title><script>document.title='pwned'</script>";
    String id2 = "\"><img src=x onerror=alert(1)>";
    String text = "Xi Jinping said \\\"<script>document.title='pwned'</script>\\\" and"
        + " \\\"><img src=x onerror=alert(1)><!-- --> </script><svg onload=alert(2)>"
        + " javascript:alert(3) ]]> \\u2028 end.";
    Files.writeString(in, "{\"id\": \"" + id1 + "\", \"text\": \"" + text + "\"}\n"
        + "{\"id\": \"" + id2.replace("\"", "\\\"") + "\", \"text\": \"" + text + "\"}\n",
        StandardCharsets.UTF_8);
    Path page = OUT.resolve("hostile.html");
    assertEquals(0, RostraCli.run("annotate", "--input", in.toString(), "--format", "html",
        "--output", page.toString(), "--no-progress"));
    browser.size(1280, 900);
    browser.open(page.toAbsolutePath().toUri());
    assertEquals("2", browser.run("return document.documentElement.getAttribute('data-rostra-ready');"),
        "the page's script ran over both documents");
    assertTrue(!browser.run("return document.title;").contains("pwned"), "the title was changed");
    assertInert(browser);
    assertEquals(id1 + "\n" + id2, browser.run(
        "return Array.from(document.querySelectorAll('[data-doc-id]')).map(function (a) {"
            + " return a.getAttribute('data-doc-id'); }).join('\\n');"),
        "the ids are shown as given");
  }

  static void screenshot(int width, String name) throws Exception {
    browser.size(width, 900);
    int height = Integer.parseInt(browser.run(
        "return String(Math.min(12000, document.documentElement.scrollHeight));"));
    browser.size(width, height + 140);
    Thread.sleep(500); // let the resized window repaint
    Files.write(OUT.resolve(name), browser.screenshot());
    browser.size(width, 900);
  }

  static List<String> lines(String s) {
    return s.isEmpty() ? List.of() : List.of(s.split("\n", -1));
  }

  /** Only the page's own script, no embedded resources, no event handler attributes. */
  private static void assertInert(Chromium browser) throws Exception {
    assertEquals("1", browser.run("return String(document.scripts.length);"), "only our script");
    assertEquals("0", browser.run(
        "return String(document.querySelectorAll('img, svg, iframe, object, embed, link').length);"));
    assertEquals("0", browser.run(
        "var n = 0; document.querySelectorAll('*').forEach(function (e) {"
            + " for (var i = 0; i < e.attributes.length; i++) {"
            + "  if (e.attributes[i].name.indexOf('on') === 0) { n++; } } });"
            + " return String(n);"), "no event handler attribute anywhere");
  }
}
