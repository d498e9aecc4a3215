package org.rostra.internal.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rostra.AnnotationException;
import org.rostra.ErrorCode;
import org.rostra.doc.EntityType;
import org.rostra.entity.Alias;
import org.rostra.entity.EntityRecord;

/**
 * Reads knowledge-base files into records: all or nothing, failing with the file, the line
 * and the reason. Not API.
 */
public final class KbFiles {
  private KbFiles() {}

  /**
   * Reads a JSON Lines file of the source format. Blank lines are skipped.
   *
   * @throws AnnotationException KB_INVALID with file, line and reason (bad JSON, unknown key,
   *     missing id/label/type, unknown type, bad date, duplicate id); IO_ERROR when the file
   *     cannot be read
   */
  public static List<EntityRecord> readJsonLines(Path file) {
    List<EntityRecord> out = new ArrayList<>();
    Map<String, Integer> lineOf = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (n == 1 && line.startsWith("\ufeff")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        EntityRecord r;
        try {
          r = KbJson.parse(line);
        } catch (KbJson.FormatException e) {
          throw invalid(file, n, e.getMessage());
        } catch (IllegalArgumentException e) {
          throw invalid(file, n, e.getMessage());
        }
        Integer first = lineOf.putIfAbsent(r.id(), n);
        if (first != null) {
          throw invalid(file, n, "duplicate id '" + r.id() + "' (first on line " + first + ")");
        }
        out.add(r);
      }
    } catch (CharacterCodingException e) {
      throw new AnnotationException(ErrorCode.KB_INVALID, file + ": not UTF-8 text", e);
    } catch (NoSuchFileException e) {
      throw new AnnotationException(ErrorCode.IO_ERROR, file + ": no such file", e);
    } catch (IOException e) {
      throw new AnnotationException(ErrorCode.IO_ERROR, file + ": cannot read: " + e, e);
    }
    return out;
  }

  /**
   * Reads a TSV file: {@code id, label, aliases (|-separated, may be empty), type}, one entity
   * a line. Blank lines, lines starting with {@code #} and a header line starting with {@code
   * id<TAB>label} are skipped. A missing type column means {@code OTHER}.
   *
   * @throws AnnotationException KB_INVALID with file, line and reason; IO_ERROR when the file
   *     cannot be read
   */
  public static List<EntityRecord> readTsv(Path file) {
    List<EntityRecord> out = new ArrayList<>();
    Map<String, Integer> lineOf = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (n == 1 && line.startsWith("\ufeff")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (n == 1 && f.length >= 2 && f[0].strip().equalsIgnoreCase("id")
            && f[1].strip().equalsIgnoreCase("label")) {
          continue;
        }
        if (f.length < 2 || f.length > 4) {
          throw invalid(file, n, "want 2 to 4 tab-separated columns (id, label, aliases, type),"
              + " got " + f.length);
        }
        String id = f[0].strip();
        String label = f[1].strip();
        if (id.isEmpty()) {
          throw invalid(file, n, "missing id");
        }
        if (label.isEmpty()) {
          throw invalid(file, n, "missing label of " + id);
        }
        List<Alias> aliases = new ArrayList<>();
        if (f.length > 2) {
          for (String a : f[2].split("\\|")) {
            if (!a.isBlank()) {
              aliases.add(Alias.en(a.strip()));
            }
          }
        }
        EntityType type = EntityType.OTHER;
        if (f.length > 3 && !f[3].isBlank()) {
          try {
            type = EntityType.valueOf(f[3].strip().toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            throw invalid(file, n, "unknown type '" + f[3].strip() + "'");
          }
        }
        Integer first = lineOf.putIfAbsent(id, n);
        if (first != null) {
          throw invalid(file, n, "duplicate id '" + id + "' (first on line " + first + ")");
        }
        EntityRecord.Builder b = EntityRecord.builder(id, label, type);
        aliases.forEach(b::alias);
        out.add(b.build());
      }
    } catch (CharacterCodingException e) {
      throw new AnnotationException(ErrorCode.KB_INVALID, file + ": not UTF-8 text", e);
    } catch (NoSuchFileException e) {
      throw new AnnotationException(ErrorCode.IO_ERROR, file + ": no such file", e);
    } catch (IOException e) {
      throw new AnnotationException(ErrorCode.IO_ERROR, file + ": cannot read: " + e, e);
    }
    return out;
  }

  private static AnnotationException invalid(Path file, int line, String reason) {
    return new AnnotationException(ErrorCode.KB_INVALID, file + ":" + line + ": " + reason);
  }
}
