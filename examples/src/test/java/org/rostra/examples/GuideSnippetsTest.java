package org.rostra.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java code block of the user guide (docs/*.md) and of the README is a copy of a marked region of an example that CI
 * compiles and runs. In the markdown, a block is preceded by
 * {@code <!-- snippet: path/to/Source.java#name -->} (the path from the repository root); in
 * the source, the region lies between {@code // snippet:name} and {@code // end-snippet}. The
 * block must equal the region, its common indentation removed.
 */
class GuideSnippetsTest {
  static final Path ROOT = Path.of("..");
  static final Pattern BLOCK = Pattern.compile(
      "(?:<!-- snippet: ([^#\\s]+)#([\\w-]+) -->\\s*\\n)?```java\\n(.*?)```", Pattern.DOTALL);

  static List<Path> guides() throws IOException {
    try (Stream<Path> s = Files.list(ROOT.resolve("docs"))) {
      List<Path> all = new ArrayList<>(s.filter(p -> p.toString().endsWith(".md")).sorted().toList());
      all.add(ROOT.resolve("README.md"));
      return all;
    }
  }

  @Test
  void everyJavaBlockInTheDocsIsARegionOfACompiledExample() throws IOException {
    int checked = 0;
    List<String> problems = new ArrayList<>();
    for (Path md : guides()) {
      String doc = Files.readString(md, StandardCharsets.UTF_8);
      Matcher m = BLOCK.matcher(doc);
      while (m.find()) {
        int line = 1 + (int) doc.substring(0, m.start()).chars().filter(c -> c == '\n').count();
        if (m.group(1) == null) {
          problems.add(md.getFileName() + ":" + line + ": java block without a snippet marker");
          continue;
        }
        Path source = ROOT.resolve(m.group(1));
        if (!Files.exists(source)) {
          problems.add(md.getFileName() + ":" + line + ": no file " + m.group(1));
          continue;
        }
        String region = region(Files.readString(source, StandardCharsets.UTF_8), m.group(2));
        if (region == null) {
          problems.add(md.getFileName() + ":" + line + ": no region '" + m.group(2) + "' in " + m.group(1));
        } else if (!region.equals(m.group(3))) {
          problems.add(md.getFileName() + ":" + line + ": block differs from " + m.group(1) + "#"
              + m.group(2) + "; it should read:\n" + region);
        }
        checked++;
      }
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
    assertTrue(checked >= 6, "the guide's snippets were found: " + checked);
  }

  /** The lines between the markers, dedented, each ending with a line feed. */
  static String region(String source, String name) {
    List<String> lines = source.lines().toList();
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("// snippet:" + name)) {
        start = i + 1;
        break;
      }
    }
    if (start < 0) {
      return null;
    }
    List<String> body = new ArrayList<>();
    for (int i = start; i < lines.size() && !lines.get(i).strip().equals("// end-snippet"); i++) {
      body.add(lines.get(i));
    }
    int indent = Integer.MAX_VALUE;
    for (String l : body) {
      if (!l.isBlank()) {
        indent = Math.min(indent, l.length() - l.stripLeading().length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String l : body) {
      sb.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return sb.toString();
  }

  @Test
  void regionsAreDedented() {
    assertEquals("a\n  b\n\n", region("x\n  // snippet:r\n  a\n    b\n\n  // end-snippet\n", "r"));
  }
}
