package org.rostra.entity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.rostra.AnnotationException;
import org.rostra.ErrorCode;
import org.rostra.internal.Resources;
import org.rostra.internal.kb.KbBinary;
import org.rostra.internal.kb.KbChecks;
import org.rostra.internal.kb.KbFiles;
import org.rostra.internal.kb.SurfaceKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Factories for {@link KnowledgeBase}s: the bundled English political KB, user KBs from files,
 * an in-memory builder, and composition.
 *
 * <p>Loading is all or nothing: a malformed file fails with an {@link AnnotationException}
 * {@code KB_INVALID} naming the file, the line and the reason (bad JSON, unknown key, missing
 * {@code id}/{@code label}/{@code type}, unknown type, bad date, a term that ends before it
 * starts, duplicate id). References to other entities (country, capital, jurisdiction,
 * office, party) that the file does not define are <em>warnings</em> (logged), because a user
 * KB may refer to entities of the bundled KB it is composed with; {@link
 * #problems(KnowledgeBase)} lists them for a composed KB, and the bundled KB is compiled only
 * when it has none.
 *
 * @since 0.1
 */
public final class KnowledgeBases {
  private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBases.class);

  /** The resource name of the compiled bundled KB. */
  public static final String BUNDLED_RESOURCE = "kb/bundled";

  private KnowledgeBases() {}

  /**
   * The bundled English political knowledge base of {@code rostra-models-en} (found with
   * {@link java.util.ServiceLoader}). Each call loads it anew (a few hundred milliseconds):
   * keep the instance.
   *
   * @throws AnnotationException RESOURCE_NOT_FOUND when {@code rostra-models-en} is not on
   *     the class path; RESOURCE_INVALID when the resource cannot be read
   */
  public static KnowledgeBase bundled() {
    return bundled(KnowledgeBases.class.getClassLoader());
  }

  /** The bundled knowledge base, with resource providers found by the class loader. */
  public static KnowledgeBase bundled(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    try (InputStream in = Resources.forLanguage("en", loader).open(BUNDLED_RESOURCE)) {
      return fromBinary(in, "resource '" + BUNDLED_RESOURCE + "'");
    } catch (IOException e) {
      throw new AnnotationException(
          ErrorCode.RESOURCE_INVALID, "resource '" + BUNDLED_RESOURCE + "' cannot be read: " + e,
          e);
    }
  }

  /**
   * A knowledge base in the compiled binary form (as the bundled one).
   *
   * @throws AnnotationException RESOURCE_INVALID when the stream is not a compiled KB
   */
  public static KnowledgeBase fromBinary(InputStream in) {
    return fromBinary(in, "the stream");
  }

  private static KnowledgeBase fromBinary(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    try {
      KbBinary.Compiled c = KbBinary.readCompiled(in);
      return new InMemoryKnowledgeBase(c.records(), c.keys());
    } catch (IOException | RuntimeException e) {
      throw new AnnotationException(
          ErrorCode.RESOURCE_INVALID,
          source + " is not a compiled knowledge base (truncated or corrupted?): " + e, e);
    }
  }

  /**
   * A knowledge base from a JSON Lines file of the source format ({@code
   * docs/knowledge-base.md}), one entity a line.
   *
   * @throws AnnotationException KB_INVALID with the file, line and reason; IO_ERROR when the
   *     file cannot be read
   */
  public static KnowledgeBase fromJsonLines(Path file) {
    Objects.requireNonNull(file, "file");
    return warnDangling(file, new InMemoryKnowledgeBase(KbFiles.readJsonLines(file)));
  }

  /**
   * A knowledge base from a TSV file with the columns id, label, aliases ({@code
   * |}-separated, may be empty) and type ({@code PERSON}, {@code ORG}, ...; {@code OTHER}
   * when missing). Blank lines, lines starting with {@code #} and a header line ({@code
   * id<TAB>label...}) are skipped.
   *
   * @throws AnnotationException KB_INVALID with the file, line and reason; IO_ERROR when the
   *     file cannot be read
   */
  public static KnowledgeBase fromTsv(Path file) {
    Objects.requireNonNull(file, "file");
    return new InMemoryKnowledgeBase(KbFiles.readTsv(file));
  }

  /** A builder for an in-memory knowledge base. */
  public static KnowledgeBase.Builder builder() {
    return new KnowledgeBase.Builder();
  }

  /**
   * The union of knowledge bases; on the same id the first one that has it wins (compose
   * the user's KB first, the bundled one last).
   */
  public static KnowledgeBase compose(KnowledgeBase first, KnowledgeBase... rest) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(rest, "rest");
    if (rest.length == 0) {
      return first;
    }
    List<EntityRecord> all = new ArrayList<>(first.size());
    Set<String> seen = new HashSet<>();
    first.records().forEach(r -> {
      if (seen.add(r.id())) {
        all.add(r);
      }
    });
    for (KnowledgeBase kb : rest) {
      Objects.requireNonNull(kb, "rest");
      kb.records().forEach(r -> {
        if (seen.add(r.id())) {
          all.add(r);
        }
      });
    }
    return new InMemoryKnowledgeBase(all);
  }

  /**
   * The consistency problems of a knowledge base: references (country, capital,
   * jurisdiction, office, party) to ids it does not have, and offices that are not of type
   * {@code OTHER}. Empty for the bundled KB.
   */
  public static List<String> problems(KnowledgeBase kb) {
    Objects.requireNonNull(kb, "kb");
    List<EntityRecord> all = kb.records().toList();
    return KbChecks.danglingReferences(all, id -> kb.get(id).isPresent(), kb::get);
  }

  /**
   * The key under which names, titles and demonyms are compared: accents removed, lower
   * case, periods and apostrophes dropped ({@code "U.S."} gives {@code "us"}, {@code
   * "China's"} gives {@code "chinas"}), other punctuation as spaces, runs of single letters
   * joined ({@code "U. S."} gives {@code "us"}), {@code &} as {@code and}, and a leading
   * {@code "the "} removed.
   */
  public static String surfaceKey(String surface) {
    Objects.requireNonNull(surface, "surface");
    return SurfaceKeys.key(surface);
  }

  private static KnowledgeBase warnDangling(Path file, KnowledgeBase kb) {
    List<String> p = problems(kb);
    if (!p.isEmpty()) {
      LOG.warn(
          "{}: {} reference(s) to entities the file does not define (fine when it is composed"
              + " with a KB that has them), e.g. {}",
          file, p.size(), p.subList(0, Math.min(3, p.size())));
    }
    return kb;
  }
}
