package org.rostra.internal.kb;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.rostra.doc.EntityType;
import org.rostra.entity.Alias;
import org.rostra.entity.EntityRecord;
import org.rostra.entity.OfficeTerm;
import org.rostra.entity.PartyMembership;

/**
 * The compact binary form of a knowledge base: a deflated stream of a string table (every
 * distinct string once) followed by the records, whose strings are indexes into the table and
 * whose dates are epoch days. Not API.
 */
public final class KbBinary {
  private static final int MAGIC = 0x524b4232; // "RKB2"
  private static final EntityType[] TYPES = EntityType.values();

  private KbBinary() {}

  /** Writes the records (the stream is not closed, but finished). */
  public static void write(List<EntityRecord> records, OutputStream out) throws IOException {
    Map<String, Integer> table = new HashMap<>();
    List<String> strings = new ArrayList<>();
    Map<String, String> keys = new java.util.LinkedHashMap<>();
    for (EntityRecord r : records) {
      for (String s : strings(r)) {
        if (table.putIfAbsent(s, strings.size()) == null) {
          strings.add(s);
        }
      }
      for (String s : keyed(r)) {
        keys.computeIfAbsent(s, SurfaceKeys::key);
      }
    }
    for (String k : keys.values()) {
      if (table.putIfAbsent(k, strings.size()) == null) {
        strings.add(k);
      }
    }
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    DeflaterOutputStream z = new DeflaterOutputStream(out, deflater, 1 << 16);
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(z, 1 << 16));
    d.writeInt(MAGIC);
    d.writeInt(strings.size());
    for (String s : strings) {
      d.writeUTF(s);
    }
    // the surface key of every name, title and demonym, so that loading need not compute them
    d.writeInt(keys.size());
    for (Map.Entry<String, String> e : keys.entrySet()) {
      varint(d, table.get(e.getKey()));
      varint(d, table.get(e.getValue()));
    }
    d.writeInt(records.size());
    for (EntityRecord r : records) {
      varint(d, table.get(r.id()));
      varint(d, table.get(r.label()));
      d.writeByte(r.type().ordinal());
      varint(d, r.aliases().size());
      for (Alias a : r.aliases()) {
        varint(d, table.get(a.text()));
        varint(d, table.get(a.lang()));
      }
      varint(d, table.get(r.description()));
      opt(d, table, r.country());
      d.writeDouble(r.prior());
      varint(d, table.get(r.kind()));
      varint(d, r.offices().size());
      for (OfficeTerm t : r.offices()) {
        varint(d, table.get(t.officeId()));
        date(d, t.start());
        date(d, t.end());
      }
      varint(d, r.parties().size());
      for (PartyMembership t : r.parties()) {
        varint(d, table.get(t.partyId()));
        date(d, t.start());
        date(d, t.end());
      }
      date(d, r.born());
      date(d, r.died());
      list(d, table, r.demonyms());
      opt(d, table, r.capital());
      list(d, table, r.titles());
      opt(d, table, r.jurisdiction());
    }
    d.flush();
    z.finish();
    deflater.end();
  }

  private static List<String> keyed(EntityRecord r) {
    List<String> s = new ArrayList<>();
    s.add(r.label());
    r.aliases().forEach(a -> s.add(a.text()));
    s.addAll(r.titles());
    s.addAll(r.demonyms());
    return s;
  }

  /**
   * What {@link #readCompiled} gives: the records and the precomputed surface keys of their
   * names, titles and demonyms.
   */
  public record Compiled(List<EntityRecord> records, Map<String, String> keys) {}

  private static List<String> strings(EntityRecord r) {
    List<String> s = new ArrayList<>();
    s.add(r.id());
    s.add(r.label());
    for (Alias a : r.aliases()) {
      s.add(a.text());
      s.add(a.lang());
    }
    s.add(r.description());
    r.country().ifPresent(s::add);
    s.add(r.kind());
    r.offices().forEach(t -> s.add(t.officeId()));
    r.parties().forEach(t -> s.add(t.partyId()));
    s.addAll(r.demonyms());
    r.capital().ifPresent(s::add);
    s.addAll(r.titles());
    r.jurisdiction().ifPresent(s::add);
    return s;
  }

  /**
   * Reads records written by {@link #write}.
   *
   * @throws IOException when the stream is not a knowledge base of this version or is cut
   */
  public static List<EntityRecord> read(InputStream in) throws IOException {
    return readCompiled(in).records();
  }

  /**
   * Reads records and precomputed keys written by {@link #write}.
   *
   * @throws IOException when the stream is not a knowledge base of this version or is cut
   */
  public static Compiled readCompiled(InputStream in) throws IOException {
    DataInputStream d =
        new DataInputStream(
            new BufferedInputStream(new InflaterInputStream(in, new java.util.zip.Inflater(),
                1 << 16), 1 << 16));
    if (d.readInt() != MAGIC) {
      throw new IOException("not a Rostra knowledge base (bad magic number)");
    }
    int n = d.readInt();
    String[] strings = new String[n];
    for (int i = 0; i < n; i++) {
      strings[i] = d.readUTF();
    }
    int nkeys = d.readInt();
    Map<String, String> keys = new HashMap<>(nkeys * 2);
    for (int i = 0; i < nkeys; i++) {
      keys.put(strings[varint(d)], strings[varint(d)]);
    }
    int count = d.readInt();
    List<EntityRecord> records = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String id = strings[varint(d)];
      String label = strings[varint(d)];
      int type = d.readUnsignedByte();
      if (type >= TYPES.length) {
        throw new IOException("bad entity type " + type);
      }
      int na = varint(d);
      List<Alias> aliases = new ArrayList<>(na);
      for (int j = 0; j < na; j++) {
        aliases.add(new Alias(strings[varint(d)], strings[varint(d)]));
      }
      String description = strings[varint(d)];
      Optional<String> country = opt(d, strings);
      double prior = d.readDouble();
      String kind = strings[varint(d)];
      int no = varint(d);
      List<OfficeTerm> offices = new ArrayList<>(no);
      for (int j = 0; j < no; j++) {
        offices.add(new OfficeTerm(strings[varint(d)], date(d), date(d)));
      }
      int np = varint(d);
      List<PartyMembership> parties = new ArrayList<>(np);
      for (int j = 0; j < np; j++) {
        parties.add(new PartyMembership(strings[varint(d)], date(d), date(d)));
      }
      Optional<LocalDate> born = date(d);
      Optional<LocalDate> died = date(d);
      List<String> demonyms = list(d, strings);
      Optional<String> capital = opt(d, strings);
      List<String> titles = list(d, strings);
      Optional<String> jurisdiction = opt(d, strings);
      records.add(new EntityRecord(id, label, TYPES[type], aliases, description, country,
          Math.min(1.0, Math.max(0.0, prior)), kind, offices, parties, born, died, demonyms,
          capital, titles, jurisdiction));
    }
    // read to the end so that the inflater checks the stream's Adler-32 checksum: a
    // corrupted byte that still decodes must not go unnoticed
    if (d.read() != -1) {
      throw new IOException("data after the last record");
    }
    return new Compiled(records, keys);
  }

  private static void varint(DataOutputStream d, int v) throws IOException {
    while ((v & ~0x7f) != 0) {
      d.writeByte((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    d.writeByte(v);
  }

  private static int varint(DataInputStream d) throws IOException {
    int v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = d.readUnsignedByte();
      v |= (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new IOException("bad varint");
  }

  private static void opt(DataOutputStream d, Map<String, Integer> table, Optional<String> s)
      throws IOException {
    varint(d, s.isPresent() ? table.get(s.get()) + 1 : 0);
  }

  private static Optional<String> opt(DataInputStream d, String[] strings) throws IOException {
    int i = varint(d);
    return i == 0 ? Optional.empty() : Optional.of(strings[i - 1]);
  }

  private static void list(DataOutputStream d, Map<String, Integer> table, List<String> l)
      throws IOException {
    varint(d, l.size());
    for (String s : l) {
      varint(d, table.get(s));
    }
  }

  private static List<String> list(DataInputStream d, String[] strings) throws IOException {
    int n = varint(d);
    List<String> l = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      l.add(strings[varint(d)]);
    }
    return l;
  }

  private static void date(DataOutputStream d, Optional<LocalDate> v) throws IOException {
    d.writeInt(v.isPresent() ? (int) v.get().toEpochDay() : Integer.MIN_VALUE);
  }

  private static Optional<LocalDate> date(DataInputStream d) throws IOException {
    int v = d.readInt();
    return v == Integer.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(v));
  }
}
