package org.rostra.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import org.rostra.Annotator;
import org.rostra.doc.Document;
import org.rostra.doc.Mention;
import org.rostra.entity.EntityRecord;
import org.rostra.entity.KnowledgeBase;
import org.rostra.entity.KnowledgeBases;

/**
 * A user knowledge base in the TSV format ({@code docs/knowledge-base.md}): loads it, looks
 * names, demonyms and titles up in it composed with the bundled KB, and links a text with it.
 * Usage: {@code CustomKnowledgeBaseExample [my-kb.tsv]} (default: the bundled sample
 * {@code samples/my-kb.tsv}).
 */
public final class CustomKnowledgeBaseExample {
  private CustomKnowledgeBaseExample() {}

  /** A short text about the entities of the sample KB. */
  static final String TEXT = "Senator Jane Roe visited the new Acme Corporation plant in Ohio "
      + "on Monday. Roe said Acme would hire 2,000 workers, and she praised President Biden's "
      + "infrastructure law.";

  /** Looks up and annotates with {@code args[0]} or the bundled sample TSV. */
  public static void main(String[] args) throws IOException {
    Path myKb = args.length > 0 ? Path.of(args[0]) : sampleFile("my-kb.tsv");
    lookups(myKb);
    annotate(myKb);
  }

  /** Lookups in the user KB composed with the bundled one. */
  static void lookups(Path myKb) {
    // snippet:kb-lookups
    KnowledgeBase bundled = KnowledgeBases.bundled();              // ~8,500 entities, load once
    KnowledgeBase mine = KnowledgeBases.fromTsv(myKb);             // or fromJsonLines(file)
    KnowledgeBase kb = KnowledgeBases.compose(mine, bundled);      // mine wins on the same id

    kb.candidates("the Communist Party").stream().limit(3)         // by label/alias, prior desc
        .forEach(c -> System.out.println(c.entity().label() + " " + c.entity().id()));
    kb.countriesForDemonym("Chinese")                              // [China (Q148)]
        .forEach(c -> System.out.println("Chinese: " + c.label()));
    EntityRecord office = kb.officesForTitle("China's president").get(0);
    kb.holders(office.id(), LocalDate.of(2023, 4, 14))             // [Xi Jinping (Q15031)]
        .forEach(p -> System.out.println(office.label() + ": " + p.label() + " " + p.id()));
    kb.candidates("Senator Roe")                                   // [acme:jane-roe], from myKb
        .forEach(c -> System.out.println("Senator Roe: " + c.entity().id()));
    // end-snippet
  }

  /** Links the sample text and the seed article with the composed KB. */
  static void annotate(Path myKb) throws IOException {
    // snippet:kb-compose
    KnowledgeBase kb = KnowledgeBases.compose(KnowledgeBases.fromTsv(myKb), KnowledgeBases.bundled());
    Annotator annotator = Annotator.builder().tokenize().entities(kb).build();
    // end-snippet
    for (String text : new String[] {TEXT, QuickStart.sample("seed.txt")}) {
      Document doc = annotator.annotate(text, LocalDate.of(2023, 4, 14));
      System.out.println("== " + doc.textOf(doc.sentences().get(0).span()).substring(0, 40) + "…");
      for (Mention m : doc.entities()) {
        System.out.println(m.text() + " " + m.type() + " " + m.kind() + " -> "
            + m.kbId().orElse("NIL") + ", cluster " + m.cluster());
      }
    }
  }

  /**
   * Copies a bundled sample to a temporary file (deleted on exit): the KB loaders read files,
   * and in the jar the samples are not files.
   */
  static Path sampleFile(String name) throws IOException {
    try (InputStream in = QuickStart.class.getResourceAsStream("/samples/" + name)) {
      if (in == null) {
        throw new IOException("no bundled sample " + name);
      }
      Path file = Files.createTempFile("rostra-", "-" + name);
      file.toFile().deleteOnExit();
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    }
  }
}
