package org.rostra.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.rostra.doc.EntityType;
import org.rostra.internal.kb.SurfaceKeys;

/** The knowledge base held in hash maps; built once, then read-only. */
final class InMemoryKnowledgeBase implements KnowledgeBase {
  private static final Comparator<EntityRecord> BY_PRIOR =
      Comparator.comparingDouble(EntityRecord::prior).reversed().thenComparing(EntityRecord::id);
  private static final Comparator<Candidate> CANDIDATES_BY_PRIOR =
      Comparator.comparingDouble(Candidate::prior)
          .reversed()
          .thenComparing(c -> c.entity().id());

  private record Holding(EntityRecord person, OfficeTerm term) {}

  private final List<EntityRecord> records;
  private final Map<String, EntityRecord> byId;
  private final Map<String, List<Candidate>> byName;
  private final Map<String, List<Holding>> byOffice;
  private final Map<String, List<EntityRecord>> byTitle;
  private final Map<String, List<EntityRecord>> byDemonym;

  /** Indexes the records; the ids must be unique. */
  InMemoryKnowledgeBase(List<EntityRecord> records) {
    this(records, Map.of());
  }

  /**
   * Indexes the records with precomputed surface keys (name to key; names missing from the
   * map are keyed here).
   */
  InMemoryKnowledgeBase(List<EntityRecord> records, Map<String, String> precomputed) {
    this.records = List.copyOf(records);
    int n = this.records.size();
    Map<String, EntityRecord> ids = new HashMap<>(n * 2);
    Map<String, List<Candidate>> names = new HashMap<>(n * 4);
    Map<String, List<Holding>> offices = new HashMap<>();
    Map<String, List<EntityRecord>> titles = new HashMap<>();
    Map<String, List<EntityRecord>> demonyms = new HashMap<>();
    for (EntityRecord r : this.records) {
      if (ids.putIfAbsent(r.id(), r) != null) {
        throw new IllegalArgumentException("duplicate id " + r.id());
      }
      addName(names, r, r.label(), key(precomputed, r.label()));
      for (Alias a : r.aliases()) {
        addName(names, r, a.text(), key(precomputed, a.text()));
      }
      for (OfficeTerm t : r.offices()) {
        offices.computeIfAbsent(t.officeId(), x -> new ArrayList<>(2)).add(new Holding(r, t));
      }
      if (r.type() == EntityType.OTHER || "office".equals(r.kind())) {
        for (String t : r.titles()) {
          addRecord(titles, key(precomputed, t), r);
        }
      }
      for (String d : r.demonyms()) {
        addRecord(demonyms, key(precomputed, d), r);
      }
    }
    for (List<Candidate> l : names.values()) {
      if (l.size() > 1) {
        l.sort(CANDIDATES_BY_PRIOR);
      }
    }
    sort(titles);
    sort(demonyms);
    this.byId = ids;
    this.byName = names;
    this.byOffice = offices;
    this.byTitle = titles;
    this.byDemonym = demonyms;
  }

  private static String key(Map<String, String> precomputed, String s) {
    String k = precomputed.get(s);
    return k != null ? k : SurfaceKeys.key(s);
  }

  private static void addName(
      Map<String, List<Candidate>> names, EntityRecord r, String name, String k) {
    if (k.isEmpty()) {
      return;
    }
    List<Candidate> l = names.get(k);
    if (l == null) {
      l = new ArrayList<>(1);
      names.put(k, l);
    } else {
      for (Candidate c : l) {
        if (c.entity() == r) {
          return;
        }
      }
    }
    l.add(new Candidate(r, name, r.prior()));
  }

  private static void addRecord(Map<String, List<EntityRecord>> index, String k, EntityRecord r) {
    if (k.isEmpty()) {
      return;
    }
    List<EntityRecord> l = index.computeIfAbsent(k, x -> new ArrayList<>(1));
    if (!l.contains(r)) {
      l.add(r);
    }
  }

  private static void sort(Map<String, List<EntityRecord>> index) {
    for (List<EntityRecord> l : index.values()) {
      if (l.size() > 1) {
        l.sort(BY_PRIOR);
      }
    }
  }

  @Override
  public Optional<EntityRecord> get(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public List<Candidate> candidates(String surface) {
    Objects.requireNonNull(surface, "surface");
    List<Candidate> l = byName.get(SurfaceKeys.key(surface));
    return l == null ? List.of() : Collections.unmodifiableList(l);
  }

  @Override
  public List<EntityRecord> holders(String officeId, LocalDate date) {
    Objects.requireNonNull(officeId, "officeId");
    Objects.requireNonNull(date, "date");
    List<Holding> all = byOffice.get(officeId);
    if (all == null) {
      return List.of();
    }
    List<EntityRecord> out = new ArrayList<>(2);
    for (Holding h : all) {
      if (h.term().activeOn(date) && !out.contains(h.person())) {
        out.add(h.person());
      }
    }
    out.sort(BY_PRIOR);
    return List.copyOf(out);
  }

  @Override
  public List<EntityRecord> officesForTitle(String title) {
    Objects.requireNonNull(title, "title");
    List<EntityRecord> l = byTitle.get(SurfaceKeys.key(title));
    return l == null ? List.of() : Collections.unmodifiableList(l);
  }

  @Override
  public List<EntityRecord> countriesForDemonym(String adjective) {
    Objects.requireNonNull(adjective, "adjective");
    String k = SurfaceKeys.key(adjective);
    List<EntityRecord> found = byDemonym.get(k);
    if (found == null && k.length() > 3 && k.endsWith("s")) {
      found = byDemonym.get(k.substring(0, k.length() - 1));
    }
    return found == null ? List.of() : Collections.unmodifiableList(found);
  }

  @Override
  public int size() {
    return records.size();
  }

  @Override
  public Stream<EntityRecord> records() {
    return records.stream();
  }

  @Override
  public String toString() {
    return "KnowledgeBase[" + records.size() + " entities]";
  }
}
