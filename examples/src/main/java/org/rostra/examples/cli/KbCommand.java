package org.rostra.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rostra.AnnotationException;
import org.rostra.entity.EntityRecord;
import org.rostra.entity.KnowledgeBase;
import org.rostra.entity.KnowledgeBases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rostra kb-ids}: writes the ids of a knowledge base, one a line (the bundled KB by
 * default) — the {@code --kb-filter} file of the entity scorer ("within our KB" figures).
 */
@Command(
    name = "kb-ids",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the entity ids of the knowledge base, one per line, sorted (the bundled KB, or"
          + " --kb FILE). With --wikidata only Wikidata QIDs."
    })
final class KbCommand implements Callable<Integer> {

  @Option(names = "--kb", description = "a .jsonl or .tsv knowledge base (default: bundled)")
  Path kb;

  @Option(names = "--output", defaultValue = "-", description = "FILE or '-' (stdout, default)")
  String output;

  @Option(names = "--wikidata", description = "only Wikidata QIDs (Q…)")
  boolean wikidata;

  static KnowledgeBase load(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".tsv") ? KnowledgeBases.fromTsv(file) : KnowledgeBases.fromJsonLines(file);
  }

  @Override
  public Integer call() {
    PrintStream err = System.err;
    KnowledgeBase base;
    try {
      base = kb == null ? KnowledgeBases.bundled() : load(kb);
    } catch (AnnotationException e) {
      err.println(e.getMessage());
      return 2;
    }
    List<String> ids =
        base.records()
            .filter(r -> !wikidata || r.isWikidata())
            .map(EntityRecord::id)
            .sorted()
            .toList();
    String body = String.join("\n", ids) + (ids.isEmpty() ? "" : "\n");
    try {
      if (output.equals("-")) {
        System.out.print(body);
        System.out.flush();
      } else {
        Path out = Path.of(output);
        if (out.getParent() != null) {
          Files.createDirectories(out.getParent());
        }
        Files.writeString(out, body, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      err.println("cannot write " + output + ": " + e.getMessage());
      return 2;
    }
    return 0;
  }
}
