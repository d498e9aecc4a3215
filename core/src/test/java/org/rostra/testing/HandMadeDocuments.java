package org.rostra.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rostra.doc.Attribution;
import org.rostra.doc.Cue;
import org.rostra.doc.Dateline;
import org.rostra.doc.Document;
import org.rostra.doc.EntityLink;
import org.rostra.doc.EntityType;
import org.rostra.doc.Layers;
import org.rostra.doc.Mention;
import org.rostra.doc.MentionKind;
import org.rostra.doc.Paragraph;
import org.rostra.doc.Quote;
import org.rostra.doc.QuoteKind;
import org.rostra.doc.Sentence;
import org.rostra.doc.TextSpan;
import org.rostra.doc.ThemeLevel;
import org.rostra.doc.ThemeScore;
import org.rostra.doc.Token;
import org.rostra.doc.TokenRange;

/**
 * Documents with every built-in layer, made by hand-written rules over a given text, for
 * tests of code that consumes layers (views, writers) without running the annotators. Not an
 * annotator: the rules only find the names and phrases listed here.
 */
public final class HandMadeDocuments {
  private HandMadeDocuments() {}

  /** A name to mark: its text, type, KB id (empty for NIL) and label. */
  public record Name(String text, EntityType type, String kbId, String label) {}

  /** A theme and the words that are its evidence. */
  public record Theme(String id, String label, List<String> words) {}

  /** The names of the seed article, and the hostile ones of {@link #HOSTILE_TEXT}. */
  public static final List<Name> NAMES =
      List.of(
          new Name("Xi Jinping", EntityType.PERSON, "Q15031", "Xi Jinping"),
          new Name("Xi", EntityType.PERSON, "Q15031", "Xi Jinping"),
          new Name("Jake Sullivan", EntityType.PERSON, "Q6125535", "Jake Sullivan"),
          new Name("Guangdong", EntityType.GPE, "Q15175", "Guangdong"),
          new Name("Guangzhou", EntityType.GPE, "Q16572", "Guangzhou"),
          new Name("China", EntityType.GPE, "Q148", "People's Republic of China"),
          new Name("Netherlands", EntityType.GPE, "Q55", "Netherlands"),
          new Name("Japan", EntityType.GPE, "Q17", "Japan"),
          new Name("US", EntityType.GPE, "Q30", "United States"),
          new Name("Communist Party", EntityType.ORG, "Q17427", "Chinese Communist Party"),
          new Name("Xinhua News Agency", EntityType.ORG, "Q204839", "Xinhua News Agency"),
          new Name("Xinhua", EntityType.ORG, "Q204839", "Xinhua News Agency"),
          new Name("Bloomberg", EntityType.ORG, "Q14270642", "Bloomberg News"),
          new Name("LG Display Co.", EntityType.ORG, "Q1418981", "LG Display"),
          new Name("GAC AION New Energy Automobile Co.", EntityType.ORG, "", ""),
          new Name("Biden administration", EntityType.ORG, "Q101424196", "Biden administration"),
          new Name("Yujing Liu", EntityType.PERSON, "", ""),
          new Name("Covid Zero", EntityType.OTHER, "", ""),
          new Name("Mallory", EntityType.PERSON, "Q\"><img src=x onerror=alert(1)>",
              "Mallory \"the <b>bold</b>\" O'Hara & co"),
          new Name("Evil Corp", EntityType.ORG, "Q'1' onmouseover='alert(2)", "</span><script>"));

  /** Themes with evidence words. */
  public static final List<Theme> THEMES =
      List.of(
          new Theme("cap:17", "Technology",
              List.of("technology", "technologies", "semiconductors", "chips", "innovation", "tech")),
          new Theme("cap:18", "Foreign trade", List.of("export controls", "exports", "shipments")),
          new Theme("cap:1", "Macroeconomics",
              List.of("economy", "gross domestic product", "investment", "taxes")),
          new Theme("cap:19", "International affairs",
              List.of("Western countries", "international cooperation", "governments")),
          new Theme("x:\"><svg onload=alert(3)>", "<i>Evil</i> \"theme\"", List.of("payload")));

  /** A paragraph of hostile input: markup and script in the text, and hostile names. */
  public static final String HOSTILE_TEXT =
      "Mallory said \"<script>document.title='pwned'</script> is just text\" and Evil Corp"
          + " wrote \"\"><img src=x onerror=alert(1)> payload\" & more </p></div>.";

  /**
   * Every built-in layer over {@code text}: paragraphs at blank lines, sentences at . ! ?,
   * tokens at spaces and punctuation, POS and lemmas (placeholders), a dateline, entities for
   * {@link #NAMES} (longest match), quotes between quotation marks with the nearest name
   * before them as speaker and the nearest word before that as cue, "according to" sources,
   * and themes for {@link #THEMES}.
   */
  public static Document annotate(String id, String text, Optional<LocalDate> date) {
    Document d = Document.of(id, text, date, Map.of("source", "hand-made <fixture> \"test\""));
    List<Paragraph> paras = new ArrayList<>();
    Matcher pm = Pattern.compile("[^\\n]+(?:\\n(?!\\n)[^\\n]*)*").matcher(text);
    while (pm.find()) {
      if (!pm.group().isBlank()) {
        paras.add(new Paragraph(TextSpan.of(pm.start(), pm.end())));
      }
    }
    List<Token> tokens = new ArrayList<>();
    Matcher tm = Pattern.compile("[\\p{L}\\p{N}]+(?:[.'\u2019][\\p{L}\\p{N}]+)*|\\S").matcher(text);
    while (tm.find()) {
      tokens.add(new Token(TextSpan.of(tm.start(), tm.end()), tm.group()));
    }
    List<Sentence> sentences = new ArrayList<>();
    int first = 0;
    for (int i = 0; i < tokens.size(); i++) {
      boolean end = tokens.get(i).text().matches("[.!?]") || i == tokens.size() - 1
          || (i + 1 < tokens.size() && text.substring(tokens.get(i).end(), tokens.get(i + 1).start())
              .contains("\n\n"));
      if (end) {
        sentences.add(new Sentence(TextSpan.of(tokens.get(first).start(), tokens.get(i).end()),
            new TokenRange(first, i + 1)));
        first = i + 1;
      }
    }
    List<String> pos = new ArrayList<>();
    List<String> lemmas = new ArrayList<>();
    for (Token t : tokens) {
      pos.add(t.text().matches("\\p{Punct}|\\S") && !Character.isLetterOrDigit(t.text().charAt(0))
          ? "PUNCT" : Character.isUpperCase(t.text().charAt(0)) ? "PROPN" : "X");
      lemmas.add(t.text().toLowerCase(java.util.Locale.ROOT));
    }
    List<Dateline> datelines = new ArrayList<>();
    Matcher dm = Pattern.compile("^\\s*date \\d{4}-\\d\\d-\\d\\d \\([^)]*\\) --").matcher(text);
    if (dm.find()) {
      datelines.add(new Dateline(TextSpan.of(dm.start() + (dm.group().length()
          - dm.group().stripLeading().length()), dm.end()), "dateline", date));
    }
    List<Mention> mentions = mentions(text);
    List<Quote> quotes = quotes(text, mentions);
    List<ThemeScore> themes = themes(text, paras);
    return d.with(Layers.PARAGRAPHS, List.copyOf(paras))
        .with(Layers.SENTENCES, List.copyOf(sentences))
        .with(Layers.TOKENS, List.copyOf(tokens))
        .with(Layers.DATELINES, List.copyOf(datelines))
        .with(Layers.POS, List.copyOf(pos))
        .with(Layers.LEMMAS, List.copyOf(lemmas))
        .with(Layers.ENTITIES, mentions)
        .with(Layers.QUOTES, quotes)
        .with(Layers.THEMES, themes);
  }

  private static List<Mention> mentions(String text) {
    List<Mention> out = new ArrayList<>();
    boolean[] taken = new boolean[text.length()];
    List<Name> byLength = new ArrayList<>(NAMES);
    byLength.sort((a, b) -> b.text().length() - a.text().length());
    List<String> clusters = new ArrayList<>();
    for (Name n : byLength) {
      Matcher m = Pattern.compile("\\b" + Pattern.quote(n.text()) + "(?![\\p{L}])").matcher(text);
      while (m.find()) {
        boolean free = true;
        for (int i = m.start(); i < m.end(); i++) {
          free &= !taken[i];
        }
        if (!free) {
          continue;
        }
        for (int i = m.start(); i < m.end(); i++) {
          taken[i] = true;
        }
        String key = n.kbId().isEmpty() ? n.text() : n.kbId();
        if (!clusters.contains(key)) {
          clusters.add(key);
        }
        Optional<EntityLink> link =
            n.kbId().isEmpty() ? Optional.empty() : Optional.of(new EntityLink(n.kbId(), n.label()));
        out.add(new Mention(TextSpan.of(m.start(), m.end()), n.text(), n.type(), MentionKind.NAME,
            link, 0.9, clusters.indexOf(key)));
      }
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return List.copyOf(out);
  }

  private static List<Quote> quotes(String text, List<Mention> mentions) {
    List<Quote> out = new ArrayList<>();
    Matcher m = Pattern.compile("[\u201c\"]([^\u201d\"]{3,}?)[\u201d\"]").matcher(text);
    while (m.find()) {
      TextSpan content = TextSpan.of(m.start(1), m.end(1));
      Mention speaker = null;
      Mention after = null;
      Mention source = null;
      for (Mention x : mentions) {
        if (x.end() <= m.start() && x.type() == EntityType.PERSON
            && m.start() - x.end() < 120) {
          speaker = x;
        }
        if (after == null && x.start() >= m.end() && x.start() - m.end() < 8
            && x.type() == EntityType.PERSON
            && text.substring(x.end(), Math.min(text.length(), x.end() + 12))
                .matches("(?s)\\s(said|wrote|added).*")) {
          after = x;
        }
        if (x.start() >= m.end() && x.start() - m.end() < 40 && x.type() == EntityType.ORG
            && text.substring(m.end(), x.start()).contains("according to")) {
          source = x;
        }
      }
      if (after != null) {
        speaker = after;
      }
      Optional<Cue> cue = Optional.empty();
      if (speaker != null) {
        int to = after != null ? Math.min(text.length(), speaker.end() + 16) : m.start();
        Matcher cm = Pattern.compile("\\s(said|called for|labeled|wrote)\\b")
            .matcher(text).region(speaker.end(), to);
        if (cm.find()) {
          cue = Optional.of(new Cue(TextSpan.of(cm.start(1), cm.end(1)), cm.group(1)));
        }
      }
      out.add(new Quote(content, List.of(content), m.group(1), QuoteKind.DIRECT, cue,
          Optional.ofNullable(speaker).map(HandMadeDocuments::attribution),
          Optional.ofNullable(source).map(HandMadeDocuments::attribution), 0.8));
    }
    return List.copyOf(out);
  }

  private static Attribution attribution(Mention m) {
    return new Attribution(m.span(), m.text(), m.link(), OptionalInt.of(m.cluster()));
  }

  private static List<ThemeScore> themes(String text, List<Paragraph> paras) {
    List<ThemeScore> docLevel = new ArrayList<>();
    List<ThemeScore> paraLevel = new ArrayList<>();
    for (Theme t : THEMES) {
      List<TextSpan> all = new ArrayList<>();
      for (String w : t.words()) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(w) + "\\b").matcher(text);
        while (m.find()) {
          all.add(TextSpan.of(m.start(), m.end()));
        }
      }
      all.sort(null);
      if (all.isEmpty()) {
        continue;
      }
      docLevel.add(new ThemeScore(t.id(), t.label(), Math.min(1, 0.2 + 0.08 * all.size()),
          ThemeLevel.DOCUMENT, OptionalInt.empty(), all));
      for (int i = 0; i < paras.size(); i++) {
        List<TextSpan> in = new ArrayList<>();
        for (TextSpan s : all) {
          if (paras.get(i).span().covers(s)) {
            in.add(s);
          }
        }
        if (!in.isEmpty()) {
          paraLevel.add(new ThemeScore(t.id(), t.label(), Math.min(1, 0.3 + 0.2 * in.size()),
              ThemeLevel.PARAGRAPH, OptionalInt.of(i), in));
        }
      }
    }
    List<ThemeScore> out = new ArrayList<>(docLevel);
    out.addAll(paraLevel);
    return List.copyOf(out);
  }
}
