package org.rostra.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.rostra.Annotator;
import org.rostra.Stage;
import org.rostra.doc.Document;

/**
 * Worst input shapes for every stage, timed stage by stage: the evidence that no shape makes
 * a stage super-linear ({@code docs/reliability.md}).
 *
 * <pre>
 * java -Xmx6g -cp bench/target/rostra-bench.jar org.rostra.bench.WorstCase [--mb 1,10]
 *     [--shapes all-quote-marks,...] [--lemmas] [--repeat 2]
 * </pre>
 *
 * <p>Each shape is built to the given size in chars (1 MB = 2^20 chars); each stage of the
 * full pipeline runs over the output of the previous one, and its time is printed in
 * seconds per MB, as a Markdown table. The same shapes drive {@code LinearTimeTest}.
 */
public final class WorstCase {
  private WorstCase() {}

  /** One MB of text, in chars. */
  public static final int MB = 1 << 20;

  /** The shapes, by name: a function from a size in chars to a text of about that size. */
  public static Map<String, IntFunction<String>> shapes() {
    // name, then the unit repeated to the size
    String[] units = {
      "all-quote-marks", "“ ” \" ' ‘ ’ `` '' « » ‹ › „ ‟ ",
      "quote-marks-no-space", "“”\"'‘’``''«»‹›„",
      "unbalanced-quotes", "“ he said “ x ‘ told « ",
      "quotes-and-cues", "“We will win,” he said. Xi told reporters: “No.” ",
      "one-sentence", "x ",
      "kb-alias", "Xi Jinping ",
      "paragraphs", "A b.\n\n",
      "no-spaces", "abcdefghijklmnopqrstuvwxyz",
      "theme-keywords", "tax economy health care immigration budget war ",
      "newlines", "\n",
      "dots", ".",
      "combining-marks", "e\u0301\u0301\u0301 ",
      // shapes for the rules of session 2: inline lists, e-mail stamps and sign-offs, links,
      // colon quotations, split quotations, county lists, sports teams, particle names
      "inline-lists", "1) a 2) b 3) c ",
      "email-stamps", "Tom Lee 03/14/2002 09:15 AM Thanks, Tom ",
      "links", "see https://x.org/a.pdf Then x.doc ",
      "colon-quotes", "He leaned in and boomed: “We win” ",
      "split-quotes", "“A,” he said. “B?” she asked, “C!” ",
      "county-lists", "Los Angeles, Orange and Riverside Counties and other areas of Paris ",
      "sports-teams", "Tonga beat Samoa 3-1 and Fiji drew with ",
      "particle-names", "Abdel-Fattah el-Sissi al-Bin-Abu said he ",
      // shapes for the quote rules of session 3: nested pronoun and relative attributions,
      // polls named with "in", hearsay, parenthetical sources, agentless passives, asked
      // clauses, noun cues after a possessive, hyphen-joined speakers
      "nested-attributions", "Lee said she said who said he thinks they say ",
      "polls-in", "Lee leads in the poll in the polls In a new survey, ",
      "hearsay", "The union is reportedly planning allegedly a ",
      "parenthetical-sources", "Taxes, according to the poll, rose, Lee said, ",
      "passives", "The square is observed as was revealed as “q” ",
      "asked-clauses", "when asked whether when asked about “x” ",
      "noun-cues", "his remark that her comments: “q” the senator's claim that ",
      "hyphen-speakers", "the 52-year-old Ohio-based Ana Ruiz-Soto said ",
    };
    Map<String, IntFunction<String>> m = new LinkedHashMap<>();
    for (int i = 0; i < units.length; i += 2) {
      String unit = units[i + 1];
      m.put(units[i], n -> fill(n, unit));
    }
    return m;
  }

  /** The text of a shape at a size. */
  public static String shape(String name, int chars) {
    IntFunction<String> f = shapes().get(name);
    if (f == null) {
      throw new IllegalArgumentException("unknown shape '" + name + "'; known: " + shapes().keySet());
    }
    return f.apply(chars);
  }

  static String fill(int n, String unit) {
    StringBuilder sb = new StringBuilder(n + unit.length());
    while (sb.length() < n) {
      sb.append(unit);
    }
    sb.setLength(n);
    // do not end inside a surrogate pair
    if (n > 0 && Character.isHighSurrogate(sb.charAt(n - 1))) {
      sb.setLength(n - 1);
    }
    return sb.toString();
  }

  /** The pipeline the bench and the test time: every built-in stage (lemmas optional). */
  public static Annotator pipeline(boolean lemmas) {
    Annotator.Builder b = Annotator.builder().tokenize().entities().quotes().themes();
    if (lemmas) {
      b.lemmas();
    }
    return b.build();
  }

  /** Runs each stage of the annotator in turn and returns its time in nanoseconds. */
  public static Map<String, Long> timeStages(Annotator annotator, String text) {
    Map<String, Long> out = new LinkedHashMap<>();
    Document doc = Document.of("worst", text);
    for (Stage s : annotator.stages()) {
      long t0 = System.nanoTime();
      doc = s.process(doc);
      out.put(s.name(), System.nanoTime() - t0);
    }
    return out;
  }

  /**
   * Prints a Markdown table: shape, MB, then seconds per MB for each stage and in total.
   *
   * @param args {@code --mb 1,10}, {@code --shapes a,b}, {@code --lemmas}, {@code --repeat N}
   */
  public static void main(String[] args) {
    List<Double> sizes = List.of(1.0, 10.0);
    List<String> names = new ArrayList<>(shapes().keySet());
    boolean lemmas = false;
    int repeat = 1;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--mb" -> sizes = parse(args[++i]);
        case "--shapes" -> names = List.of(args[++i].split(","));
        case "--lemmas" -> lemmas = true;
        case "--repeat" -> repeat = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Annotator a = pipeline(lemmas);
    List<String> stageNames = a.stages().stream().map(Stage::name).toList();
    // warm up on every shape at 64k chars
    for (String name : names) {
      timeStages(a, shape(name, 1 << 16));
    }
    StringBuilder head = new StringBuilder("| shape | MB |");
    StringBuilder rule = new StringBuilder("|---|---:|");
    for (String s : stageNames) {
      head.append(' ').append(s).append(" s/MB |");
      rule.append("---:|");
    }
    head.append(" total s/MB |");
    rule.append("---:|");
    System.out.println(head);
    System.out.println(rule);
    for (String name : names) {
      for (double mb : sizes) {
        String text = shape(name, (int) (mb * MB));
        Map<String, Long> best = null;
        for (int r = 0; r < repeat; r++) {
          Map<String, Long> t = timeStages(a, text);
          if (best == null) {
            best = t;
          } else {
            for (Map.Entry<String, Long> e : t.entrySet()) {
              best.merge(e.getKey(), e.getValue(), Math::min);
            }
          }
        }
        StringBuilder row = new StringBuilder("| " + name + " | " + fmt(mb) + " |");
        long total = 0;
        for (String s : stageNames) {
          long ns = best.get(s);
          total += ns;
          row.append(' ').append(String.format(Locale.ROOT, "%.3f", ns / 1e9 / mb)).append(" |");
        }
        row.append(' ').append(String.format(Locale.ROOT, "%.3f", total / 1e9 / mb)).append(" |");
        System.out.println(row);
      }
    }
  }

  private static List<Double> parse(String s) {
    List<Double> out = new ArrayList<>();
    for (String p : s.split(",")) {
      out.add(Double.parseDouble(p));
    }
    return out;
  }

  private static String fmt(double mb) {
    return mb == Math.rint(mb) ? String.valueOf((long) mb) : String.valueOf(mb);
  }
}
