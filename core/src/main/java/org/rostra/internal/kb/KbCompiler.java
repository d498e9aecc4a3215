package org.rostra.internal.kb;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rostra.AnnotationException;
import org.rostra.ErrorCode;
import org.rostra.entity.EntityRecord;

/**
 * Compiles the JSON Lines sources of a knowledge base (every {@code *.jsonl} file of a
 * directory) into the binary form, strictly: besides the per-file checks of the loader, ids
 * must be unique across files, every reference (country, capital, jurisdiction, office,
 * party) must resolve, offices must be of type {@code OTHER}, and no title pattern may name
 * two offices. Run at build time by {@code rostra-models-en}. Not API.
 *
 * <p>Usage: {@code KbCompiler SOURCE_DIR OUTPUT_FILE}
 */
public final class KbCompiler {
  private KbCompiler() {}

  /**
   * Compiles. Throws (rather than exiting, as it runs inside Maven) when the sources are bad:
   * {@link AnnotationException} KB_INVALID listing the problems.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: KbCompiler SOURCE_DIR OUTPUT_FILE");
    }
    List<EntityRecord> records = compile(Paths.get(args[0]), Paths.get(args[1]));
    System.out.println("[kb] compiled " + records.size() + " entities from " + args[0]
        + " into " + args[1] + " (" + Files.size(Paths.get(args[1])) + " bytes)");
  }

  /** The sorted {@code *.jsonl} files of a directory. */
  public static List<Path> sources(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.jsonl")) {
      ds.forEach(files::add);
    }
    files.sort(null);
    if (files.isEmpty()) {
      throw new AnnotationException(ErrorCode.KB_INVALID, dir + ": no *.jsonl files");
    }
    return files;
  }

  /**
   * Reads and checks all sources of the directory.
   *
   * @throws AnnotationException KB_INVALID listing every problem found
   */
  public static List<EntityRecord> read(Path dir) throws IOException {
    List<EntityRecord> all = new ArrayList<>();
    Map<String, EntityRecord> byId = new HashMap<>();
    Map<String, Path> fileOf = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (Path f : sources(dir)) {
      for (EntityRecord r : KbFiles.readJsonLines(f)) {
        Path prev = fileOf.putIfAbsent(r.id(), f);
        if (prev != null) {
          problems.add(f.getFileName() + ": duplicate id '" + r.id() + "' (also in "
              + prev.getFileName() + ")");
          continue;
        }
        byId.put(r.id(), r);
        all.add(r);
      }
    }
    problems.addAll(KbChecks.danglingReferences(
        all, byId::containsKey, id -> Optional.ofNullable(byId.get(id))));
    problems.addAll(KbChecks.sharedTitles(all, SurfaceKeys::key));
    if (!problems.isEmpty()) {
      throw new AnnotationException(
          ErrorCode.KB_INVALID,
          dir + ": " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    }
    return all;
  }

  /** Reads, checks and writes the binary form; returns the records. */
  public static List<EntityRecord> compile(Path dir, Path out) throws IOException {
    List<EntityRecord> all = read(dir);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    try (OutputStream o = Files.newOutputStream(tmp)) {
      KbBinary.write(all, o);
    }
    Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return all;
  }
}
