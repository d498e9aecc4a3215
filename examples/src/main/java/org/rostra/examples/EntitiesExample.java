package org.rostra.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.rostra.Annotator;
import org.rostra.doc.Document;
import org.rostra.doc.Mention;
import org.rostra.entity.EntityLinker;
import org.rostra.entity.EntityLinkers;
import org.rostra.entity.KnowledgeBase;
import org.rostra.entity.KnowledgeBases;

/**
 * The entity linker on the seed article ({@code docs/entities.md}): its mentions, links and
 * coreference clusters with the bundled KB, then with a user KB in JSON Lines composed over
 * it and non-default options. Usage: {@code EntitiesExample [my-kb.jsonl]} (default: the
 * bundled sample {@code samples/my-kb.jsonl}).
 */
public final class EntitiesExample {
  private EntitiesExample() {}

  /** Prints the seed article's mentions and clusters, with the bundled KB and with a user KB. */
  public static void main(String[] args) throws IOException {
    String text = QuickStart.sample("seed.txt");
    // snippet:entities
    Annotator annotator = Annotator.builder().tokenize().entities().build();   // bundled KB
    Document doc = annotator.annotate(text, LocalDate.of(2023, 4, 14));        // the text's date
    for (Mention m : doc.entities()) {
      System.out.println(m.text() + " " + m.type() + " " + m.kind() + " "
          + m.kbId().orElse("NIL") + " cluster " + m.cluster());
    }
    // end-snippet

    // snippet:entities-clusters
    Map<Integer, List<String>> clusters = doc.entities().stream().collect(Collectors.groupingBy(
        Mention::cluster, TreeMap::new, Collectors.mapping(Mention::text, Collectors.toList())));
    clusters.forEach((id, texts) -> System.out.println("cluster " + id + ": " + texts));
    // end-snippet

    Path myKb = args.length > 0
        ? Path.of(args[0])
        : CustomKnowledgeBaseExample.sampleFile("my-kb.jsonl");
    // snippet:entities-options
    KnowledgeBase mine = KnowledgeBases.compose(
        KnowledgeBases.fromJsonLines(myKb), KnowledgeBases.bundled());
    EntityLinker linker = EntityLinkers.builder(mine)
        .nilThreshold(0.5)        // fewer, more precise links
        .linkPronouns(true)       // pronouns carry their antecedent's link (default)
        .linkNominals(true)       // titles carry the holder's link (default)
        .wikidataOnly(false)      // true: no links to entities without a QID
        .build();                 // indexes the KB once; immutable, thread-safe
    Annotator custom = Annotator.builder().tokenize().entities(linker).build();
    // end-snippet
    System.out.println("== with " + myKb.getFileName() + " composed over the bundled KB");
    for (Mention m : custom.annotate(text, LocalDate.of(2023, 4, 14)).entities()) {
      if (m.kbId().orElse("").startsWith("acme:")) {
        System.out.println(m.text() + " " + m.type() + " -> " + m.kbId().orElseThrow());
      }
    }
  }
}
