package org.rostra.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rostra.AnnotationException;
import org.rostra.entity.KnowledgeBase;
import org.rostra.entity.KnowledgeBases;
import org.rostra.examples.kb.WikidataDumpBuilder;
import org.rostra.internal.kb.KbStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rostra kb …}: knowledge-base tools. */
@Command(
    name = "kb",
    mixinStandardHelpOptions = true,
    description = "Knowledge-base tools: coverage counts, checking a user KB, building a KB"
        + " from a Wikidata dump.",
    subcommands = {KbCommand.Stats.class, KbCommand.Check.class, KbCommand.BuildFromDump.class,
      KbIdsCommand.class})
final class KbCommand {

  /** Loads a user KB file by its extension (.tsv or JSON Lines). */
  static KnowledgeBase load(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv")
        ? KnowledgeBases.fromTsv(file)
        : KnowledgeBases.fromJsonLines(file);
  }

  /** The user files in order (the first wins), over the bundled KB unless told otherwise. */
  static List<KnowledgeBase> loadAll(List<Path> files, boolean bundled) {
    List<KnowledgeBase> kbs = new ArrayList<>();
    for (Path f : files) {
      kbs.add(load(f));
    }
    if (bundled) {
      kbs.add(KnowledgeBases.bundled());
    }
    return kbs;
  }

  /** One KB over a non-empty list: the first wins. */
  static KnowledgeBase compose(List<KnowledgeBase> kbs) {
    return KnowledgeBases.compose(kbs.get(0),
        kbs.subList(1, kbs.size()).toArray(KnowledgeBase[]::new));
  }

  /** {@code rostra kb stats}: coverage counts of the bundled KB (or of user KBs over it). */
  @Command(name = "stats", mixinStandardHelpOptions = true,
      description = "Prints coverage counts by type and kind, with the bundled KB's targets.")
  static final class Stats implements Callable<Integer> {
    @Option(names = "--kb", paramLabel = "FILE",
        description = "A user KB (.jsonl or .tsv) composed over the bundled one (repeatable;"
            + " the first wins).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--no-bundled", description = "Count only the --kb files.")
    boolean noBundled;

    @Override
    public Integer call() {
      try {
        List<KnowledgeBase> kbs = loadAll(files, !noBundled);
        if (kbs.isEmpty()) {
          System.err.println("rostra kb stats: nothing to count (--no-bundled without --kb)");
          return 2;
        }
        KnowledgeBase kb = compose(kbs);
        System.out.print(KbStats.report(kb));
        boolean met = KbStats.coverage(kb).stream().allMatch(KbStats.Line::met);
        return noBundled || met ? 0 : 1;
      } catch (AnnotationException e) {
        System.err.println(e.getMessage());
        return 1;
      }
    }
  }

  /** {@code rostra kb check FILE…}: loads user KB files and reports their problems. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Loads KB files (.jsonl or .tsv), composed over the bundled KB, and reports"
          + " malformed lines and references that resolve nowhere.")
  static final class Check implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "KB files")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
      try {
        List<KnowledgeBase> kbs = loadAll(files, true);
        KnowledgeBase kb = compose(kbs);
        List<String> problems = KnowledgeBases.problems(kb);
        problems.forEach(System.err::println);
        System.out.println(files.size() + " file(s), " + kb.size() + " entities with the bundled"
            + " KB, " + problems.size() + " unresolved reference(s)");
        return problems.isEmpty() ? 0 : 1;
      } catch (AnnotationException e) {
        System.err.println(e.getMessage());
        return 1;
      }
    }
  }

  /** {@code rostra kb build-from-dump}: a KB in the source format from a Wikidata dump. */
  @Command(name = "build-from-dump", mixinStandardHelpOptions = true,
      description = "Streams a Wikidata JSON dump (.json, .json.gz, .json.bz2) and writes the"
          + " political entities it keeps as a KB in the JSON Lines source format.")
  static final class BuildFromDump implements Callable<Integer> {
    @Option(names = "--dump", required = true, paramLabel = "FILE", description = "The dump.")
    Path dump;

    @Option(names = "--out", required = true, paramLabel = "FILE",
        description = "The KB file to write (.jsonl).")
    Path out;

    @Option(names = "--min-population", defaultValue = "100000", paramLabel = "N",
        description = "Keep cities with at least N people (default: ${DEFAULT-VALUE}).")
    long minPopulation;

    @Option(names = "--keep-dangling",
        description = "Keep references (offices, parties, countries) to entities the output"
            + " does not contain (for composing with another KB that has them).")
    boolean keepDangling;

    @Option(names = "--class", paramLabel = "CATEGORY=QID",
        description = "Also keep items that are an instance of QID, as CATEGORY (one of"
            + " person, office, party, country, subdivision, city, intl_org, government, news);"
            + " repeatable.")
    List<String> classes = new ArrayList<>();

    @Option(names = "--progress-every", defaultValue = "1000000", paramLabel = "N",
        description = "Print progress every N entities (default: ${DEFAULT-VALUE}; 0 = never).")
    long progressEvery;

    @Override
    public Integer call() {
      Map<WikidataDumpBuilder.Category, Set<String>> extra = new LinkedHashMap<>();
      for (String c : classes) {
        int eq = c.indexOf('=');
        WikidataDumpBuilder.Category cat;
        try {
          cat = WikidataDumpBuilder.Category.valueOf(
              c.substring(0, Math.max(eq, 0)).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          System.err.println("rostra kb build-from-dump: bad --class '" + c
              + "' (want CATEGORY=QID)");
          return 2;
        }
        String qid = c.substring(eq + 1).strip();
        if (!qid.matches("Q[1-9][0-9]*")) {
          System.err.println("rostra kb build-from-dump: bad QID in --class '" + c + "'");
          return 2;
        }
        extra.computeIfAbsent(cat, x -> new HashSet<>()).add(qid);
      }
      try {
        WikidataDumpBuilder.Result r = new WikidataDumpBuilder(
                new WikidataDumpBuilder.Options(minPopulation, keepDangling, extra,
                    progressEvery))
            .build(dump, out, System.err);
        System.err.println("[kb] by category: " + r.byCategory());
        return 0;
      } catch (java.io.IOException | RuntimeException e) {
        System.err.println("rostra kb build-from-dump: " + e.getMessage());
        return 1;
      }
    }
  }
}
