package org.rostra.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.rostra.doc.Attribution;
import org.rostra.doc.Dateline;
import org.rostra.doc.Document;
import org.rostra.doc.EntityLink;
import org.rostra.doc.LayerKey;
import org.rostra.doc.Layers;
import org.rostra.doc.Mention;
import org.rostra.doc.Paragraph;
import org.rostra.doc.Quote;
import org.rostra.doc.Sentence;
import org.rostra.doc.TextSpan;
import org.rostra.doc.ThemeLevel;
import org.rostra.doc.ThemeScore;
import org.rostra.doc.Token;

/**
 * Renders one document as a {@code <section>}: the text with its annotations as nested inline
 * elements, and side panels for themes, quotes, sources and entities.
 *
 * <p>Inline rendering: every annotation is an interval with a rank (outer ranks first). The
 * text is cut at every interval boundary; for each piece the active intervals, ordered by
 * rank, then start, then longest first, form the stack of open elements. Moving to the next
 * piece closes the elements that differ and opens the new ones, so crossing intervals are
 * split into properly nested elements and never produce invalid markup.
 */
final class HtmlSection {
  private static final int SENTENCE = 0;
  private static final int DATELINE = 1;
  private static final int QUOTE = 2;
  private static final int SOURCE = 3;
  private static final int SPEAKER = 4;
  private static final int CUE = 5;
  private static final int ENTITY = 6;
  private static final int EVIDENCE = 7;
  private static final int TOKEN = 8;

  private static final Set<LayerKey<?>> BUILT_IN =
      Set.of(
          Layers.PARAGRAPHS, Layers.SENTENCES, Layers.TOKENS, Layers.DATELINES, Layers.POS,
          Layers.LEMMAS, Layers.ENTITIES, Layers.QUOTES, Layers.THEMES);

  /** One inline annotation. */
  private record Ann(
      int rank, int start, int end, int seq, String open, String close, String firstClass) {}

  private static final Comparator<Ann> NESTING =
      Comparator.comparingInt(Ann::rank)
          .thenComparingInt(Ann::start)
          .thenComparing(Comparator.comparingInt(Ann::end).reversed())
          .thenComparingInt(Ann::seq);

  private final Document doc;
  private final String text;
  private final String p;
  private final List<Ann> anns = new ArrayList<>();
  /** Entity groups (a KB id, or a NIL cluster) to their page-wide element ids. */
  private final Map<String, String> groups = new LinkedHashMap<>();

  private final Optional<List<Paragraph>> paragraphs;
  private final Optional<List<Mention>> entities;
  private final Optional<List<Quote>> quotes;
  private final Optional<List<ThemeScore>> themes;

  HtmlSection(Document doc, String prefix) {
    this.doc = doc;
    this.text = doc.text();
    this.p = prefix;
    this.paragraphs = doc.find(Layers.PARAGRAPHS);
    this.entities = doc.find(Layers.ENTITIES);
    this.quotes = doc.find(Layers.QUOTES);
    this.themes = doc.find(Layers.THEMES);
  }

  void render(StringBuilder sb) {
    collect();
    sb.append("<section class=\"doc\" id=\"").append(p).append("\" data-doc-id=\"");
    Html.attr(sb, doc.id());
    sb.append("\">\n<header class=\"doc-head\"><h2>");
    Html.text(sb, doc.id().isEmpty() ? "(no id)" : doc.id());
    sb.append("</h2>\n<p class=\"doc-info\">");
    info(sb);
    sb.append("</p>\n");
    meta(sb);
    StringBuilder panels = new StringBuilder();
    themePanel(panels);
    quotePanel(panels);
    sourcePanel(panels);
    entityPanel(panels);
    sb.append("</header>\n<div class=\"cols").append(panels.length() == 0 ? " one" : "")
        .append("\">\n<article class=\"text\">");
    body(sb);
    sb.append("</article>\n");
    if (panels.length() > 0) {
      sb.append("<aside class=\"side\">\n").append(panels).append("</aside>\n");
    }
    sb.append("</div>\n</section>\n");
  }

  // ---------------------------------------------------------------- header

  private void info(StringBuilder sb) {
    List<String> parts = new ArrayList<>();
    doc.date().ifPresent(d -> parts.add(d.toString()));
    parts.add(text.length() + " chars");
    paragraphs.ifPresent(l -> parts.add(count(l.size(), "paragraph")));
    doc.find(Layers.SENTENCES).ifPresent(l -> parts.add(count(l.size(), "sentence")));
    doc.find(Layers.TOKENS).ifPresent(l -> parts.add(count(l.size(), "token")));
    entities.ifPresent(l -> parts.add(count(l.size(), "entity mention")));
    quotes.ifPresent(l -> parts.add(count(l.size(), "quote")));
    Html.text(sb, String.join(" \u00b7 ", parts));
    List<String> layers = new ArrayList<>();
    List<String> custom = new ArrayList<>();
    for (LayerKey<?> k : doc.layerKeys()) {
      layers.add(k.name());
      if (!BUILT_IN.contains(k)) {
        custom.add(k.name());
      }
    }
    sb.append("<br>layers: ");
    if (layers.isEmpty()) {
      sb.append("<span class=\"muted\">none (text only)</span>");
    } else {
      sb.append("<code>");
      Html.text(sb, String.join(", ", layers));
      sb.append("</code>");
    }
    if (!custom.isEmpty()) {
      sb.append(" <span class=\"muted\">(custom layers are listed, not drawn)</span>");
    }
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  private void meta(StringBuilder sb) {
    if (doc.meta().isEmpty()) {
      return;
    }
    sb.append("<dl class=\"meta\">");
    for (Map.Entry<String, Object> e : new TreeMap<>(doc.meta()).entrySet()) {
      sb.append("<dt>");
      Html.text(sb, e.getKey());
      sb.append("</dt><dd>");
      Html.text(sb, String.valueOf(e.getValue()));
      sb.append("</dd>");
    }
    sb.append("</dl>\n");
  }

  // ---------------------------------------------------------------- annotations

  private void collect() {
    doc.find(Layers.SENTENCES).ifPresent(l -> {
      for (Sentence s : l) {
        add(SENTENCE, s.span(), "<span class=\"sent\">", null);
      }
    });
    doc.find(Layers.DATELINES).ifPresent(l -> {
      for (Dateline d : l) {
        String tip = d.kind() + d.date().map(x -> " \u00b7 " + x).orElse("");
        add(DATELINE, d.span(), "<span class=\"dl\" title=\"" + Html.attr(tip) + "\">", null);
      }
    });
    entities.ifPresent(this::collectEntities);
    quotes.ifPresent(this::collectQuotes);
    themes.ifPresent(this::collectEvidence);
    doc.find(Layers.TOKENS).ifPresent(this::collectTokens);
  }

  private void collectEntities(List<Mention> mentions) {
    for (Mention m : mentions) {
      StringBuilder o = new StringBuilder(160);
      o.append("<span class=\"ent\" data-type=\"").append(m.type().name())
          .append("\" data-kind=\"").append(m.kind().name()).append('"')
          .append(" data-g=\"").append(group(m.link(), m.cluster())).append('"');
      m.link().ifPresentOrElse(
          l -> {
            o.append(" data-kb=\"");
            Html.attr(o, l.kbId());
            o.append("\" data-label=\"");
            Html.attr(o, l.label());
            o.append('"');
          },
          () -> o.append(" data-nil=\"1\""));
      String tip =
          m.link().map(l -> l.label() + " \u00b7 " + l.kbId()).orElse("not in the knowledge base")
              + " \u00b7 " + m.type().name() + " (" + lower(m.kind().name()) + ")"
              + " \u00b7 score " + fmt(m.score());
      o.append(" title=\"");
      Html.attr(o, tip);
      o.append("\">");
      add(ENTITY, m.span(), o.toString(), null);
    }
  }

  private void collectQuotes(List<Quote> qs) {
    // a speaker, cue or source span can serve several quotes: one element for all of them
    Map<TextSpan, List<Integer>> speakers = new TreeMap<>();
    Map<TextSpan, List<Integer>> cues = new TreeMap<>();
    Map<TextSpan, List<Integer>> sources = new TreeMap<>();
    for (int i = 0; i < qs.size(); i++) {
      Quote q = qs.get(i);
      String tip = quoteTip(i, q);
      boolean first = true;
      for (TextSpan seg : new TreeSet<>(q.segments())) {
        String open =
            "<span class=\"q q-" + lower(q.kind().name()) + "\" data-q=\"" + qid(i)
                + "\" data-n=\"" + (i + 1) + "\" title=\"" + Html.attr(tip) + "\">";
        add(QUOTE, seg, open, first ? "q-first" : null);
        first = false;
      }
      final int qi = i;
      q.speaker().ifPresent(a -> speakers.computeIfAbsent(a.span(), k -> new ArrayList<>()).add(qi));
      q.cue().ifPresent(c -> cues.computeIfAbsent(c.span(), k -> new ArrayList<>()).add(qi));
      q.source().ifPresent(a -> sources.computeIfAbsent(a.span(), k -> new ArrayList<>()).add(qi));
    }
    for (Map.Entry<TextSpan, List<Integer>> e : speakers.entrySet()) {
      Attribution a = qs.get(e.getValue().get(0)).speaker().orElseThrow();
      String tip = "speaker of quote " + numbers(e.getValue()) + ": " + attribution(a);
      add(SPEAKER, e.getKey(), roleOpen("spk", e.getValue(), a, tip, true), null);
    }
    for (Map.Entry<TextSpan, List<Integer>> e : cues.entrySet()) {
      String tip = "cue of quote " + numbers(e.getValue());
      add(CUE, e.getKey(), roleOpen("cue", e.getValue(), null, tip, false), null);
    }
    for (Map.Entry<TextSpan, List<Integer>> e : sources.entrySet()) {
      Attribution a = qs.get(e.getValue().get(0)).source().orElseThrow();
      String tip = "source cited for quote " + numbers(e.getValue()) + ": " + attribution(a);
      add(SOURCE, e.getKey(), roleOpen("src", e.getValue(), a, tip, false), null);
    }
  }

  private String roleOpen(String cls, List<Integer> qs, Attribution a, String tip, boolean badge) {
    StringBuilder o = new StringBuilder(120);
    o.append("<span class=\"").append(cls).append("\" data-q=\"");
    for (int k = 0; k < qs.size(); k++) {
      o.append(k == 0 ? "" : " ").append(qid(qs.get(k)));
    }
    o.append('"');
    if (badge) {
      o.append(" data-n=\"").append(numbers(qs)).append('"');
    }
    if (a != null && (a.link().isPresent() || a.cluster().isPresent())) {
      o.append(" data-g=\"")
          .append(group(a.link(), a.cluster().isPresent() ? a.cluster().getAsInt() : -1))
          .append('"');
    }
    o.append(" title=\"");
    Html.attr(o, tip);
    return o.append("\">").toString();
  }

  private void collectEvidence(List<ThemeScore> ts) {
    Map<TextSpan, List<Integer>> ev = new TreeMap<>();
    for (int i = 0; i < ts.size(); i++) {
      for (TextSpan s : ts.get(i).evidence()) {
        List<Integer> l = ev.computeIfAbsent(s, k -> new ArrayList<>());
        if (!l.contains(i)) {
          l.add(i);
        }
      }
    }
    for (Map.Entry<TextSpan, List<Integer>> e : ev.entrySet()) {
      StringBuilder ids = new StringBuilder();
      Set<String> labels = new LinkedHashSet<>();
      for (int i : e.getValue()) {
        ids.append(ids.length() == 0 ? "" : " ").append(p).append("-t").append(i);
        ThemeScore t = ts.get(i);
        labels.add(t.label() + " (" + themeWhere(t) + ")");
      }
      String tip = "evidence for " + String.join(", ", labels);
      add(EVIDENCE, e.getKey(),
          "<span class=\"ev\" data-ev=\"" + ids + "\" title=\"" + Html.attr(tip) + "\">", null);
    }
  }

  private void collectTokens(List<Token> tokens) {
    List<String> pos = doc.find(Layers.POS).orElse(List.of());
    List<String> lemmas = doc.find(Layers.LEMMAS).orElse(List.of());
    for (int i = 0; i < tokens.size(); i++) {
      List<String> tip = new ArrayList<>(2);
      if (i < pos.size()) {
        tip.add(pos.get(i));
      }
      if (i < lemmas.size()) {
        tip.add("lemma " + lemmas.get(i));
      }
      String open =
          tip.isEmpty()
              ? "<span class=\"tok\">"
              : "<span class=\"tok\" data-tip=\"" + Html.attr(String.join(" \u00b7 ", tip)) + "\">";
      add(TOKEN, tokens.get(i).span(), open, null);
    }
  }

  private void add(int rank, TextSpan span, String open, String firstClass) {
    int s = outsidePair(Math.min(span.start(), text.length()), -1);
    int e = outsidePair(Math.min(span.end(), text.length()), 1);
    if (e > s) {
      anns.add(new Ann(rank, s, e, anns.size(), open, "</span>", firstClass));
    }
  }

  /** Moves an offset that falls between the two halves of a surrogate pair off the pair. */
  private int outsidePair(int offset, int direction) {
    if (offset > 0 && offset < text.length()
        && Character.isHighSurrogate(text.charAt(offset - 1))
        && Character.isLowSurrogate(text.charAt(offset))) {
      return offset + direction;
    }
    return offset;
  }

  // ---------------------------------------------------------------- text

  private void body(StringBuilder sb) {
    if (text.isEmpty()) {
      sb.append("<p class=\"empty\">(empty document)</p>");
      return;
    }
    anns.sort(Comparator.comparingInt(Ann::start).thenComparingInt(Ann::seq));
    Cursor cursor = new Cursor();
    if (paragraphs.isEmpty()) {
      sb.append("<p class=\"block\">");
      inline(sb, 0, text.length(), cursor);
      sb.append("</p>");
      return;
    }
    List<Paragraph> paras = new ArrayList<>(paragraphs.get());
    Map<Integer, List<Integer>> paraThemes = new TreeMap<>();
    themes.ifPresent(ts -> {
      for (int i = 0; i < ts.size(); i++) {
        ThemeScore t = ts.get(i);
        if (t.level() == ThemeLevel.PARAGRAPH) {
          paraThemes.computeIfAbsent(t.index().getAsInt(), k -> new ArrayList<>()).add(i);
        }
      }
    });
    int pos = 0;
    for (int i = 0; i < paras.size(); i++) {
      TextSpan span = paras.get(i).span();
      int s = Math.max(Math.min(span.start(), text.length()), pos);
      int e = Math.max(Math.min(span.end(), text.length()), s);
      gap(sb, pos, s, cursor);
      sb.append("<div class=\"para\" id=\"").append(p).append("-p").append(i).append("\">")
          .append("<div class=\"pmeta\"><span class=\"pnum\">\u00b6").append(i + 1)
          .append("</span>");
      for (int t : paraThemes.getOrDefault(i, List.of())) {
        chip(sb, themes.get().get(t), t);
      }
      sb.append("</div><p>");
      inline(sb, s, e, cursor);
      sb.append("</p></div>");
      pos = e;
    }
    gap(sb, pos, text.length(), cursor);
  }

  /** Text outside every paragraph, shown only when it is more than white space. */
  private void gap(StringBuilder sb, int from, int to, Cursor cursor) {
    if (to > from && !text.substring(from, to).isBlank()) {
      sb.append("<p class=\"block\">");
      inline(sb, from, to, cursor);
      sb.append("</p>");
    }
  }

  /** Where the sweep over the annotations (sorted by start) stands. */
  private static final class Cursor {
    int next;
  }

  private void inline(StringBuilder sb, int from, int to, Cursor cursor) {
    // annotations still open at the end of the previous block, and those that started in a
    // gap between blocks, reach into this one
    TreeSet<Ann> active = new TreeSet<>(NESTING);
    PriorityQueue<Ann> byEnd = new PriorityQueue<>(Comparator.comparingInt(Ann::end));
    for (Ann a : carried) {
      if (a.end() > from) {
        active.add(a);
        byEnd.add(a);
      }
    }
    carried.clear();
    while (cursor.next < anns.size() && anns.get(cursor.next).start() < from) {
      Ann a = anns.get(cursor.next++);
      if (a.end() > from) {
        active.add(a);
        byEnd.add(a);
      }
    }
    List<Ann> stack = new ArrayList<>();
    int a0 = from;
    while (a0 < to) {
      while (cursor.next < anns.size() && anns.get(cursor.next).start() <= a0) {
        Ann a = anns.get(cursor.next++);
        if (a.end() > a0) {
          active.add(a);
          byEnd.add(a);
        }
      }
      while (!byEnd.isEmpty() && byEnd.peek().end() <= a0) {
        active.remove(byEnd.poll());
      }
      int b = to;
      if (cursor.next < anns.size()) {
        b = Math.min(b, Math.max(anns.get(cursor.next).start(), a0 + 1));
      }
      if (!byEnd.isEmpty()) {
        b = Math.min(b, byEnd.peek().end());
      }
      // reconcile the open elements with the active annotations
      int common = 0;
      for (Ann a : active) {
        if (common < stack.size() && stack.get(common) == a) {
          common++;
        } else {
          break;
        }
      }
      for (int k = stack.size() - 1; k >= common; k--) {
        sb.append(stack.remove(k).close());
      }
      int k = 0;
      for (Ann a : active) {
        if (k++ < common) {
          continue;
        }
        if (a.firstClass() != null && a.start() == a0) {
          sb.append(a.open(), 0, a.open().indexOf('"') + 1)
              .append(a.firstClass())
              .append(' ')
              .append(a.open(), a.open().indexOf('"') + 1, a.open().length());
        } else {
          sb.append(a.open());
        }
        stack.add(a);
      }
      Html.escape(sb, text, a0, b, false);
      a0 = b;
    }
    for (int k = stack.size() - 1; k >= 0; k--) {
      sb.append(stack.get(k).close());
    }
    for (Ann a : active) {
      if (a.end() > to) {
        carried.add(a);
      }
    }
  }

  private final List<Ann> carried = new ArrayList<>();

  // ---------------------------------------------------------------- panels

  private void themePanel(StringBuilder sb) {
    if (themes.isEmpty()) {
      return;
    }
    List<ThemeScore> ts = themes.get();
    List<Integer> docLevel = new ArrayList<>();
    for (int i = 0; i < ts.size(); i++) {
      if (ts.get(i).level() == ThemeLevel.DOCUMENT) {
        docLevel.add(i);
      }
    }
    docLevel.sort(Comparator.comparingDouble((Integer i) -> -ts.get(i).score()));
    sb.append("<section class=\"panel themes\"><h3>Document themes</h3>");
    if (docLevel.isEmpty()) {
      sb.append("<p class=\"muted\">No document-level theme.</p>");
    } else {
      sb.append("<ol>");
      for (int i : docLevel) {
        ThemeScore t = ts.get(i);
        sb.append("<li class=\"theme\" data-ev=\"").append(p).append("-t").append(i)
            .append("\" title=\"");
        Html.attr(sb, t.label() + " \u00b7 " + t.id() + " \u00b7 score " + fmt(t.score()));
        sb.append("\"><div class=\"theme-row\"><span><b>");
        Html.text(sb, t.label());
        sb.append("</b> <span class=\"kb\">");
        Html.text(sb, t.id());
        sb.append("</span></span><span class=\"bar\"><i style=\"width:")
            .append(Math.round(t.score() * 100))
            .append("%\"></i></span><span class=\"num\">")
            .append(fmt(t.score()))
            .append("</span></div>");
        evidenceList(sb, t);
        sb.append("</li>");
      }
      sb.append("</ol>");
    }
    sb.append("</section>\n");
  }

  private void evidenceList(StringBuilder sb, ThemeScore t) {
    if (t.evidence().isEmpty()) {
      return;
    }
    Map<String, Integer> phrases = new LinkedHashMap<>();
    for (TextSpan s : t.evidence()) {
      if (s.end() <= text.length()) {
        phrases.merge(s.textOf(text), 1, Integer::sum);
      }
    }
    sb.append("<div class=\"evlist\">evidence: ");
    int shown = 0;
    for (Map.Entry<String, Integer> e : phrases.entrySet()) {
      if (shown == 12) {
        sb.append(" \u2026 and ").append(phrases.size() - shown).append(" more");
        break;
      }
      sb.append(shown++ == 0 ? "" : ", ").append("<q>");
      Html.text(sb, e.getKey());
      sb.append("</q>");
      if (e.getValue() > 1) {
        sb.append(" \u00d7").append(e.getValue());
      }
    }
    sb.append("</div>");
  }

  private void chip(StringBuilder sb, ThemeScore t, int index) {
    sb.append("<span class=\"chip\" data-ev=\"").append(p).append("-t").append(index)
        .append("\" title=\"");
    Html.attr(sb, t.label() + " \u00b7 " + t.id() + " \u00b7 score " + fmt(t.score())
        + " \u00b7 " + t.evidence().size() + " evidence span"
        + (t.evidence().size() == 1 ? "" : "s"));
    sb.append("\"><b>");
    Html.text(sb, t.label());
    sb.append("</b> ").append(fmt(t.score())).append("</span>");
  }

  private void quotePanel(StringBuilder sb) {
    if (quotes.isEmpty()) {
      return;
    }
    List<Quote> qs = quotes.get();
    Map<Integer, List<Integer>> quoteThemes = new TreeMap<>();
    themes.ifPresent(ts -> {
      for (int i = 0; i < ts.size(); i++) {
        if (ts.get(i).level() == ThemeLevel.QUOTE) {
          quoteThemes.computeIfAbsent(ts.get(i).index().getAsInt(), k -> new ArrayList<>()).add(i);
        }
      }
    });
    sb.append("<section class=\"panel quotes\"><h3>Quotes (").append(qs.size()).append(")</h3>");
    if (qs.isEmpty()) {
      sb.append("<p class=\"muted\">No quote found.</p>");
    }
    sb.append("<ol>");
    for (int i = 0; i < qs.size(); i++) {
      Quote q = qs.get(i);
      sb.append("<li class=\"quote-item\" data-q=\"").append(qid(i)).append("\" title=\"");
      Html.attr(sb, quoteTip(i, q));
      sb.append("\"><span class=\"qn\">").append(i + 1).append("</span><span class=\"qtext\">\u201c");
      Html.text(sb, q.text());
      sb.append("\u201d</span><div class=\"qmeta\"><b>");
      sb.append(q.speaker().isPresent() ? "" : "<span class=\"muted\">");
      Html.text(sb, q.speaker().map(HtmlSection::attribution).orElse("no speaker found"));
      sb.append(q.speaker().isPresent() ? "" : "</span>").append("</b>");
      q.cue().ifPresent(c -> {
        sb.append(" \u00b7 cue <i>");
        Html.text(sb, c.text());
        sb.append("</i>");
      });
      q.source().ifPresent(s -> {
        sb.append(" \u00b7 source ");
        Html.text(sb, attribution(s));
      });
      sb.append(" \u00b7 ").append(lower(q.kind().name())).append(" \u00b7 ")
          .append(fmt(q.confidence())).append("</div>");
      List<Integer> qt = quoteThemes.getOrDefault(i, List.of());
      if (!qt.isEmpty()) {
        sb.append("<div class=\"qmeta\">");
        for (int t : qt) {
          chip(sb, themes.get().get(t), t);
          sb.append(' ');
        }
        sb.append("</div>");
      }
      sb.append("</li>");
    }
    sb.append("</ol></section>\n");
  }

  private void sourcePanel(StringBuilder sb) {
    if (quotes.isEmpty()) {
      return;
    }
    List<Quote> qs = quotes.get();
    Map<String, List<Integer>> bySource = new LinkedHashMap<>();
    Map<String, Attribution> first = new LinkedHashMap<>();
    for (int i = 0; i < qs.size(); i++) {
      Optional<Attribution> s = qs.get(i).source();
      if (s.isPresent()) {
        String key = s.get().link().map(EntityLink::kbId).map(k -> "kb:" + k)
            .orElse("text:" + s.get().text());
        bySource.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        first.putIfAbsent(key, s.get());
      }
    }
    sb.append("<section class=\"panel sources\"><h3>Cited sources</h3>");
    if (bySource.isEmpty()) {
      sb.append("<p class=\"muted\">No quote cites a source.</p></section>\n");
      return;
    }
    sb.append("<ul>");
    for (Map.Entry<String, List<Integer>> e : bySource.entrySet()) {
      Attribution a = first.get(e.getKey());
      sb.append("<li data-q=\"");
      for (int k = 0; k < e.getValue().size(); k++) {
        sb.append(k == 0 ? "" : " ").append(qid(e.getValue().get(k)));
      }
      sb.append("\" title=\"");
      Html.attr(sb, "cited for quote " + numbers(e.getValue()));
      sb.append("\"><b>");
      Html.text(sb, a.link().map(EntityLink::label).orElse(a.text()));
      sb.append("</b>");
      a.link().ifPresent(l -> {
        sb.append(" <span class=\"kb\">");
        Html.text(sb, l.kbId());
        sb.append("</span>");
      });
      sb.append(" <span class=\"count\">quote ").append(numbers(e.getValue())).append("</span>");
      sb.append("</li>");
    }
    sb.append("</ul></section>\n");
  }

  private void entityPanel(StringBuilder sb) {
    if (entities.isEmpty()) {
      return;
    }
    List<Mention> ms = entities.get();
    Map<String, List<Mention>> byGroup = new LinkedHashMap<>();
    for (Mention m : ms) {
      byGroup.computeIfAbsent(group(m.link(), m.cluster()), k -> new ArrayList<>()).add(m);
    }
    List<Map.Entry<String, List<Mention>>> rows = new ArrayList<>(byGroup.entrySet());
    rows.sort(Comparator.comparingInt((Map.Entry<String, List<Mention>> e) -> -e.getValue().size()));
    sb.append("<section class=\"panel entities\"><h3>Entities (").append(rows.size())
        .append(")</h3>");
    if (rows.isEmpty()) {
      sb.append("<p class=\"muted\">No entity found.</p>");
    }
    sb.append("<ul>");
    for (Map.Entry<String, List<Mention>> e : rows) {
      Mention m = e.getValue().get(0);
      Set<String> forms = new LinkedHashSet<>();
      for (Mention x : e.getValue()) {
        forms.add(x.text());
      }
      sb.append("<li data-g=\"").append(e.getKey()).append("\" title=\"");
      Html.attr(sb, e.getValue().size() + " mention" + (e.getValue().size() == 1 ? "" : "s")
          + ": " + String.join(" | ", forms));
      sb.append("\"><span class=\"dot\" data-type=\"").append(m.type().name()).append("\"></span><b>");
      Html.text(sb, m.link().map(EntityLink::label).orElse(m.text()));
      sb.append("</b> ");
      if (m.link().isPresent()) {
        sb.append("<span class=\"kb\">");
        Html.text(sb, m.link().get().kbId());
        sb.append("</span>");
      } else {
        sb.append("<span class=\"muted\">not in KB</span>");
      }
      sb.append(" <span class=\"muted\">").append(m.type().name()).append("</span>")
          .append("<span class=\"count\">\u00d7").append(e.getValue().size()).append("</span></li>");
    }
    sb.append("</ul></section>\n");
  }

  // ---------------------------------------------------------------- helpers

  private String group(Optional<EntityLink> link, int cluster) {
    String key = link.map(l -> "kb:" + l.kbId()).orElse("cl:" + cluster);
    return groups.computeIfAbsent(key, k -> p + "-g" + groups.size());
  }

  private String qid(int i) {
    return p + "-q" + i;
  }

  private static String numbers(List<Integer> qs) {
    StringBuilder sb = new StringBuilder();
    for (int q : qs) {
      sb.append(sb.length() == 0 ? "" : ",").append(q + 1);
    }
    return sb.toString();
  }

  private static String quoteTip(int i, Quote q) {
    StringBuilder t = new StringBuilder("quote ").append(i + 1).append(" \u00b7 ")
        .append(lower(q.kind().name()));
    t.append(" \u00b7 speaker: ")
        .append(q.speaker().map(HtmlSection::attribution).orElse("not found"));
    q.cue().ifPresent(c -> t.append(" \u00b7 cue: ").append(c.text()));
    q.source().ifPresent(s -> t.append(" \u00b7 source: ").append(attribution(s)));
    t.append(" \u00b7 confidence ").append(fmt(q.confidence()));
    return t.toString();
  }

  private static String attribution(Attribution a) {
    return a.link()
        .map(l -> a.text().equals(l.label())
            ? l.label() + " (" + l.kbId() + ")"
            : a.text() + " \u2192 " + l.label() + " (" + l.kbId() + ")")
        .orElse(a.text());
  }

  private static String themeWhere(ThemeScore t) {
    return switch (t.level()) {
      case DOCUMENT -> "document";
      case PARAGRAPH -> "\u00b6" + (t.index().getAsInt() + 1);
      case QUOTE -> "quote " + (t.index().getAsInt() + 1);
    };
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }
}
