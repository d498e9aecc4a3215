package org.rostra.examples.cli;

import java.io.IOException;
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
 * {@code rostra kb ids}: writes the entity ids of a knowledge base, one a line, sorted — the
 * {@code --kb-filter} file of the entity scorer ("within our KB" figures).
 */
@Command(
    name = "ids",
    mixinStandardHelpOptions = true,
    description = "Writes the entity ids of the bundled KB (or --kb FILE), one per line, sorted."
        + " With --wikidata only Wikidata QIDs.")
final class KbIdsCommand implements Callable<Integer> {

  @Option(names = "--kb", paramLabel = "FILE", description = "a .jsonl or .tsv KB instead of"
      + " the bundled one")
  Path kb;

  @Option(names = "--output", defaultValue = "-", description = "FILE or '-' (stdout, default)")
  String output;

  @Option(names = "--wikidata", description = "only Wikidata QIDs (Q...)")
  boolean wikidata;

  @Override
  public Integer call() {
    KnowledgeBase base;
    try {
      base = kb == null ? KnowledgeBases.bundled() : KbCommand.load(kb);
    } catch (AnnotationException e) {
      System.err.println(e.getMessage());
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
        if (out.toAbsolutePath().getParent() != null) {
          Files.createDirectories(out.toAbsolutePath().getParent());
        }
        Files.writeString(out, body, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      System.err.println("cannot write " + output + ": " + e.getMessage());
      return 2;
    }
    return 0;
  }
}
