package org.rostra.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.rostra.doc.Document;
import org.rostra.doc.EntityType;

/** Writes the page frame (head, legend, script) around the document sections. */
final class HtmlPage {
  /** An entity type's background and accent colours. */
  static String[] colors(EntityType t) {
    return switch (t) {
      case PERSON -> new String[] {"#dbeafe", "#1d4ed8"};
      case ORG -> new String[] {"#fde68a", "#92400e"};
      case GPE -> new String[] {"#d1fae5", "#047857"};
      case LOC -> new String[] {"#cffafe", "#0e7490"};
      case NORP -> new String[] {"#fce7f3", "#be185d"};
      case EVENT -> new String[] {"#ede9fe", "#6d28d9"};
      case LAW -> new String[] {"#fee2e2", "#b91c1c"};
      case OTHER -> new String[] {"#e5e7eb", "#374151"};
    };
  }

  /** An entity type's name in the legend. */
  static String legendName(EntityType t) {
    return switch (t) {
      case PERSON -> "person";
      case ORG -> "organisation";
      case GPE -> "place (GPE)";
      case LOC -> "location";
      case NORP -> "group (NORP)";
      case EVENT -> "event";
      case LAW -> "law";
      case OTHER -> "other";
    };
  }

  private static final String CSS = buildCss();

  /** Static: it reads the page's markup and never carries document data. */
  private static final String SCRIPT =
      """

      (function () {
        'use strict';
        var body = document.body;
        var info = document.getElementById('rostra-info');
        var infoText = document.getElementById('rostra-info-text');
        function all(sel, from) { return Array.prototype.slice.call((from || document).querySelectorAll(sel)); }
        function clear() { all('.hl').forEach(function (n) { n.classList.remove('hl'); }); }
        function words(v) { return v ? v.split(' ').filter(function (w) { return w.length > 0; }) : []; }
        function selectors(el) {
          var sels = [];
          if (el.dataset.g) { sels.push('[data-g="' + CSS.escape(el.dataset.g) + '"]'); }
          words(el.dataset.q).forEach(function (q) { sels.push('[data-q~="' + CSS.escape(q) + '"]'); });
          words(el.dataset.ev).forEach(function (t) { sels.push('[data-ev~="' + CSS.escape(t) + '"]'); });
          return sels;
        }
        function show(el) {
          var tip = el.getAttribute('title') || el.dataset.tip || '';
          if (tip.length === 0) { info.hidden = true; return; }
          infoText.textContent = tip;
          info.hidden = false;
        }
        document.addEventListener('click', function (e) {
          var t = e.target;
          if (t.closest('#rostra-info-close')) { clear(); info.hidden = true; return; }
          if (t.closest('a, input, label')) { return; }
          var el = t.closest('.ent, .q, .spk, .cue, .src, .ev, .dl, .tok, [data-g], [data-q], [data-ev]');
          if (!el) { return; }
          clear();
          var sels = selectors(el);
          sels.forEach(function (s) { all(s).forEach(function (n) { n.classList.add('hl'); }); });
          el.classList.add('hl');
          show(el);
          if (el.closest('aside') && sels.length > 0) {
            var section = el.closest('section.doc');
            var target = section ? section.querySelector('article ' + sels.join(', article ')) : null;
            if (target) { target.scrollIntoView({block: 'center', behavior: 'smooth'}); }
          }
        });
        all('input[data-off]').forEach(function (cb) {
          cb.addEventListener('change', function () { body.classList.toggle(cb.dataset.off, !cb.checked); });
        });
        all('input[data-on]').forEach(function (cb) {
          cb.addEventListener('change', function () { body.classList.toggle(cb.dataset.on, cb.checked); });
        });
        if (document.querySelector('article .ent, article .q, article .ev') === null) {
          var s = document.querySelector('input[data-on="show-sent"]');
          if (s) { s.checked = true; body.classList.add('show-sent'); }
        }
        var docs = all('section.doc');
        if (docs.length > 1) {
          var toc = document.getElementById('rostra-toc');
          var ol = document.createElement('ol');
          docs.forEach(function (d) {
            var li = document.createElement('li');
            var a = document.createElement('a');
            a.href = '#' + d.id;
            var h = d.querySelector('h2');
            a.textContent = h ? h.textContent : d.id;
            li.appendChild(a);
            ol.appendChild(li);
          });
          toc.appendChild(ol);
          toc.hidden = false;
        }
        document.documentElement.setAttribute('data-rostra-ready', String(docs.length));
      })();
      """;

  private static final String SCRIPT_HASH = sha256(SCRIPT);

  private final Appendable out;
  private final String title;
  private int sections;

  HtmlPage(Appendable out, String title) {
    this.out = out;
    this.title = title;
  }

  void start() throws IOException {
    StringBuilder sb = new StringBuilder(16384);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; script-src 'sha256-")
        .append(SCRIPT_HASH)
        .append("'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
        .append("<meta name=\"generator\" content=\"Rostra\">\n<title>");
    Html.text(sb, title);
    sb.append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
    sb.append("<header class=\"page-head\">\n<h1>");
    Html.text(sb, title);
    sb.append("</h1>\n");
    legend(sb);
    sb.append("</header>\n<nav id=\"rostra-toc\" class=\"toc\" hidden aria-label=\"Documents\">")
        .append("</nav>\n<main>\n");
    out.append(sb);
  }

  void section(Document d) throws IOException {
    StringBuilder sb = new StringBuilder(d.text().length() * 3 + 4096);
    new HtmlSection(d, "d" + sections).render(sb);
    sections++;
    out.append(sb);
  }

  void end() throws IOException {
    StringBuilder sb = new StringBuilder(4096);
    if (sections == 0) {
      sb.append("<p class=\"empty\">No documents.</p>\n");
    }
    sb.append("</main>\n<div id=\"rostra-info\" class=\"info\" role=\"status\" hidden>")
        .append("<span id=\"rostra-info-text\"></span>")
        .append("<button id=\"rostra-info-close\" type=\"button\" aria-label=\"Close\">")
        .append("\u00d7</button></div>\n")
        .append("<footer class=\"page-foot\">Made by Rostra. Tap or click a highlight to see")
        .append(" what it is and what it is tied to.</footer>\n")
        .append("<script>")
        .append(SCRIPT)
        .append("</script>\n</body>\n</html>\n");
    out.append(sb);
  }

  private static void legend(StringBuilder sb) {
    sb.append("<div class=\"legend\" aria-label=\"Legend\">\n<div class=\"legend-row\">")
        .append("<span class=\"legend-title\">Entities</span>");
    for (EntityType t : EntityType.values()) {
      sb.append("<span class=\"ent sw\" data-type=\"")
          .append(t.name())
          .append("\">")
          .append(legendName(t))
          .append("</span>");
    }
    sb.append("</div>\n<div class=\"legend-row\"><span class=\"legend-title\">Quotes</span>")
        .append("<span class=\"q q-direct sw\">direct quote</span>")
        .append("<span class=\"q q-mixed sw\">mixed</span>")
        .append("<span class=\"q q-indirect sw\">indirect</span>")
        .append("<span class=\"spk sw\" data-n=\"1\">speaker</span>")
        .append("<span class=\"cue sw\">cue</span>")
        .append("<span class=\"src sw\">cited source</span>")
        .append("<span class=\"legend-note\">a quote and its speaker share a number</span>")
        .append("</div>\n<div class=\"legend-row\"><span class=\"legend-title\">Other</span>")
        .append("<span class=\"ev sw\">theme evidence</span>")
        .append("<span class=\"dl sw\">dateline / byline</span>")
        .append("</div>\n<div class=\"legend-row toggles\"><span class=\"legend-title\">Show</span>")
        .append(toggle("data-off", "no-ent", true, "entities"))
        .append(toggle("data-off", "no-q", true, "quotes"))
        .append(toggle("data-off", "no-ev", true, "theme evidence"))
        .append(toggle("data-on", "show-sent", false, "sentences"))
        .append(toggle("data-on", "show-tok", false, "tokens"))
        .append("</div>\n</div>\n");
  }

  private static String toggle(String attr, String cls, boolean checked, String label) {
    return "<label class=\"tg\"><input type=\"checkbox\" " + attr + "=\"" + cls + "\""
        + (checked ? " checked" : "") + "> " + label + "</label>";
  }

  private static String buildCss() {
    StringBuilder types = new StringBuilder();
    for (EntityType t : EntityType.values()) {
      String[] c = colors(t);
      types.append(".ent[data-type=\"").append(t.name()).append("\"]{background:").append(c[0])
          .append(";border-bottom-color:").append(c[1]).append("}\n")
          .append(".dot[data-type=\"").append(t.name()).append("\"]{background:").append(c[1])
          .append("}\n");
    }
    return """

        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2937;background:#f3f4f6}
        .page-head{background:#111827;color:#f9fafb;padding:.8rem 1rem}
        .page-head h1{margin:0 0 .5rem;font-size:1.25rem;overflow-wrap:anywhere}
        .legend{display:flex;flex-direction:column;gap:.35rem;font-size:.8rem}
        .legend-row{display:flex;flex-wrap:wrap;gap:.35rem .5rem;align-items:center}
        .legend-title{font-weight:600;min-width:4.5rem;color:#9ca3af;text-transform:uppercase;letter-spacing:.04em;font-size:.7rem}
        .legend-note{color:#9ca3af;font-style:italic}
        .legend .sw{color:#111827;padding:0 .35rem;border-radius:3px;line-height:1.6}
        .legend .q.sw,.legend .spk.sw,.legend .cue.sw,.legend .src.sw,.legend .ev.sw,.legend .dl.sw{background-color:#f9fafb}
        .legend .q-direct.sw{background:#fef3c7}
        .tg{display:inline-flex;gap:.25rem;align-items:center;cursor:pointer;color:#e5e7eb}
        .toc{max-width:1280px;margin:1rem auto 0;padding:.5rem 1rem;background:#fff;border-radius:8px}
        .toc ol{margin:0;padding-left:1.5rem;columns:2 16rem}
        main{max-width:1280px;margin:0 auto;padding:.5rem}
        section.doc{background:#fff;border-radius:10px;box-shadow:0 1px 3px rgba(0,0,0,.12);margin:1rem 0;padding:1rem 1.25rem}
        .doc-head h2{margin:0;font-size:1.2rem;overflow-wrap:anywhere}
        .doc-info{margin:.25rem 0 0;color:#6b7280;font-size:.85rem}
        .doc-info code{font-size:.8rem}
        dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem;font-size:.8rem;color:#4b5563;margin:.5rem 0 0}
        dl.meta dt{font-weight:600}dl.meta dd{margin:0;overflow-wrap:anywhere}
        .cols{display:grid;grid-template-columns:minmax(0,1.9fr) minmax(0,1fr);gap:1.5rem;margin-top:1rem}
        .cols.one{grid-template-columns:minmax(0,52rem)}
        article.text{font:1.05rem/1.75 Georgia,"Times New Roman",serif;white-space:pre-wrap;overflow-wrap:anywhere}
        .para{margin:0 0 1rem;position:relative}
        .para p,.block{margin:0}
        .pmeta{display:flex;flex-wrap:wrap;gap:.3rem;align-items:center;font:.72rem/1.4 system-ui,sans-serif;color:#9ca3af;margin-bottom:.15rem;white-space:normal}
        .pnum{font-weight:600}
        .chip{display:inline-block;border:1px solid #a7f3d0;background:#ecfdf5;color:#065f46;border-radius:999px;padding:0 .5rem;cursor:pointer;font-size:.72rem}
        .chip b{font-weight:600}
        .ent{border-bottom:2px solid;border-radius:3px;padding:0 1px;cursor:pointer}
        .ent[data-kind="PRONOUN"],.ent[data-kind="NOMINAL"]{border-bottom-style:dotted}
        .ent[data-nil]{border-bottom-style:dashed}
        """
        + types
        + """
        .q{cursor:pointer;border-radius:2px}
        .q-direct{background:#fef3c7;box-shadow:inset 0 -2px 0 #f59e0b}
        .q-mixed{background:#fef9c3;box-shadow:inset 0 -2px 0 #eab308}
        .q-indirect{background:#f1f5f9;box-shadow:inset 0 -2px 0 #94a3b8;font-style:italic}
        .q-first::before,.spk::after{content:attr(data-n);display:inline-block;min-width:1.25em;padding:0 .3em;margin:0 .15em;border-radius:999px;background:#d97706;color:#fff;font:700 .68rem/1.35 system-ui,sans-serif;text-align:center;vertical-align:.25em;font-style:normal}
        .spk{outline:2px solid #d97706;outline-offset:1px;border-radius:3px;cursor:pointer}
        .cue{text-decoration:underline wavy #d97706;text-underline-offset:3px;font-weight:600;cursor:pointer}
        .src{outline:2px dashed #7c3aed;outline-offset:1px;border-radius:3px;cursor:pointer}
        .ev{text-decoration:underline dotted #059669 2px;text-underline-offset:4px;cursor:pointer}
        .dl{color:#6b7280;font-variant:small-caps;cursor:pointer}
        body.no-ent .ent{background:none!important;border-bottom-color:transparent!important}
        body.no-q .q{background:none;box-shadow:none;font-style:inherit}
        body.no-q .q-first::before,body.no-q .spk::after{display:none}
        body.no-q .spk,body.no-q .src{outline:none}
        body.no-q .cue{text-decoration:none;font-weight:inherit}
        body.no-ev .ev{text-decoration:none}
        body.show-sent .sent{box-shadow:inset 1px 0 0 #64748b;background-image:linear-gradient(#f8fafc,#f8fafc)}
        body.show-sent .sent:nth-of-type(2n){background-image:linear-gradient(#eef2ff,#eef2ff)}
        body.show-tok .tok{outline:1px solid #cbd5e1;outline-offset:-1px}
        .hl{outline:3px solid #ef4444!important;outline-offset:1px;background-color:#fee2e2}
        aside.side{display:flex;flex-direction:column;gap:1rem;min-width:0}
        .panel{border:1px solid #e5e7eb;border-radius:8px;padding:.6rem .8rem;font-size:.88rem}
        .panel h3{margin:0 0 .4rem;font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:#6b7280}
        .panel ol,.panel ul{margin:0;padding:0;list-style:none}
        .panel li{padding:.35rem .25rem;border-top:1px solid #f3f4f6;cursor:pointer;overflow-wrap:anywhere}
        .panel li:first-child{border-top:0}
        .theme-row{display:grid;grid-template-columns:minmax(0,1fr) 5rem 2.6rem;gap:.4rem;align-items:center}
        .bar{height:.5rem;background:#e5e7eb;border-radius:999px;overflow:hidden}
        .bar i{display:block;height:100%;background:#10b981}
        .num{font-variant-numeric:tabular-nums;color:#4b5563;text-align:right;font-size:.8rem}
        .evlist{color:#6b7280;font-size:.78rem;margin-top:.15rem}
        .evlist q{font-style:italic}
        .qn{display:inline-block;min-width:1.4em;padding:0 .3em;border-radius:999px;background:#d97706;color:#fff;font:700 .7rem/1.4 system-ui,sans-serif;text-align:center;margin-right:.3rem}
        .qtext{font-family:Georgia,serif}
        .qmeta{color:#4b5563;font-size:.8rem;margin-top:.15rem}
        .qmeta b{font-weight:600;color:#374151}
        .dot{display:inline-block;width:.65rem;height:.65rem;border-radius:50%;margin-right:.35rem;vertical-align:middle}
        .kb{font:.75rem ui-monospace,SFMono-Regular,Menlo,monospace;color:#4b5563;background:#f3f4f6;border-radius:3px;padding:0 .25rem}
        .count{float:right;color:#9ca3af;font-size:.78rem}
        .muted{color:#9ca3af}
        .info{position:fixed;left:.5rem;right:.5rem;bottom:.5rem;max-width:760px;margin:0 auto;background:#111827;color:#f9fafb;border-radius:8px;padding:.6rem 2.2rem .6rem .8rem;font-size:.9rem;box-shadow:0 4px 16px rgba(0,0,0,.3);z-index:10;overflow-wrap:anywhere}
        .info button{position:absolute;top:.3rem;right:.4rem;background:none;border:0;color:#f9fafb;font-size:1.3rem;cursor:pointer}
        .page-foot{text-align:center;color:#9ca3af;font-size:.75rem;padding:1rem 1rem 4rem}
        .empty{color:#6b7280}
        @media (max-width:860px){
          .cols{grid-template-columns:1fr}
          section.doc{padding:.8rem}
          .cols.one{grid-template-columns:minmax(0,52rem)}
        article.text{font-size:1rem}
          .legend-title{min-width:0}
        }
        """;
  }

  private static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return Base64.getEncoder().encodeToString(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
