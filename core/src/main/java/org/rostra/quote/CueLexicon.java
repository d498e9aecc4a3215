package org.rostra.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rostra.AnnotationException;
import org.rostra.ErrorCode;

/** The cue lexicon: forms (one or more lower-case words) to cue entries, as a word trie. */
final class CueLexicon {

  /** What a cue is about. */
  enum CueClass {
    SPEECH,
    WRITING,
    STANCE,
    BELIEF,
    EVIDENCE,
    SOURCE,
    /** "X seems to ...", "X is expected to ...": the subject and the infinitive are the content. */
    RAISING
  }

  /** One lexicon entry. */
  record Entry(
      String lemma,
      CueClass cls,
      boolean inv,
      boolean obj,
      boolean to,
      boolean label,
      boolean noun,
      boolean prep) {}

  /** A match of a form at a token position. */
  record Match(int end, List<Entry> entries) {}

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    final List<Entry> entries = new ArrayList<>();
  }

  private final Node root;
  private final int size;

  private CueLexicon(Node root, int size) {
    this.root = root;
    this.size = size;
  }

  int size() {
    return size;
  }

  /**
   * Parses the tab-separated format: {@code lemma class frames forms}. An optional line
   * {@code #! entries N} declares the number of entries, so that a truncated file fails.
   *
   * @throws AnnotationException RESOURCE_INVALID naming the line
   */
  static CueLexicon parse(InputStream in, String name) {
    Node root = new Node();
    int entries = 0;
    int expected = -1;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        String t = line.strip();
        if (t.startsWith("#! entries ")) {
          try {
            expected = Integer.parseInt(t.substring("#! entries ".length()).strip());
          } catch (NumberFormatException e) {
            throw invalid(name, no, "bad entry count '" + t + "'");
          }
          continue;
        }
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 4) {
          throw invalid(name, no, "expected 4 tab-separated columns, got " + cols.length);
        }
        CueClass cls;
        try {
          cls = CueClass.valueOf(cols[1].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw invalid(name, no, "unknown class '" + cols[1].strip() + "'");
        }
        boolean inv = false;
        boolean obj = false;
        boolean to = false;
        boolean label = false;
        boolean noun = false;
        boolean prep = false;
        String frames = cols[2].strip();
        if (!frames.equals("-")) {
          for (String f : frames.split(",")) {
            switch (f.strip()) {
              case "inv" -> inv = true;
              case "obj" -> obj = true;
              case "to" -> to = true;
              case "label" -> label = true;
              case "noun" -> noun = true;
              case "prep" -> prep = true;
              default -> throw invalid(name, no, "unknown frame '" + f.strip() + "'");
            }
          }
        }
        Entry e = new Entry(cols[0].strip(), cls, inv, obj, to, label, noun, prep);
        for (String form : cols[3].split("\\|")) {
          String[] words = form.strip().toLowerCase(Locale.ROOT).split("\\s+");
          if (words.length == 0 || words[0].isEmpty()) {
            throw invalid(name, no, "empty form");
          }
          Node n = root;
          for (String w : words) {
            n = n.next.computeIfAbsent(w, k -> new Node());
          }
          n.entries.add(e);
        }
        entries++;
      }
    } catch (IOException e) {
      throw new AnnotationException(
          ErrorCode.RESOURCE_INVALID, "cannot read cue lexicon '" + name + "': " + e, e);
    }
    if (expected >= 0 && entries != expected) {
      throw new AnnotationException(
          ErrorCode.RESOURCE_INVALID,
          "cue lexicon '" + name + "' declares " + expected + " entries but has " + entries
              + " (truncated or edited without updating its '#! entries' line)");
    }
    if (entries == 0) {
      throw new AnnotationException(
          ErrorCode.RESOURCE_INVALID, "cue lexicon '" + name + "' has no entry");
    }
    return new CueLexicon(root, entries);
  }

  private static AnnotationException invalid(String name, int line, String what) {
    return new AnnotationException(
        ErrorCode.RESOURCE_INVALID, "cue lexicon '" + name + "' line " + line + ": " + what);
  }

  /**
   * The longest form starting at {@code from} over lower-cased words, not going past
   * {@code limit}; {@code null} when none.
   */
  Match longest(String[] lower, int from, int limit) {
    Node n = root;
    Match best = null;
    for (int i = from; i < limit; i++) {
      n = n.next.get(lower[i]);
      if (n == null) {
        break;
      }
      if (!n.entries.isEmpty()) {
        best = new Match(i + 1, List.copyOf(n.entries));
      }
    }
    return best;
  }
}
