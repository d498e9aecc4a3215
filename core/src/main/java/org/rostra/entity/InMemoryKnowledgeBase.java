package org.rostra.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.rostra.doc.EntityType;

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
    this.records = List.copyOf(records);
    Map<String, EntityRecord> ids = new HashMap<>(records.size() * 2);
    Map<String, Map<String, Candidate>> names = new HashMap<>(records.size() * 4);
    Map<String, List<Holding>> offices = new HashMap<>();
    Map<String, Map<String, EntityRecord>> titles = new HashMap<>();
    Map<String, Map<String, EntityRecord>> demonyms = new HashMap<>();
    for (EntityRecord r : this.records) {
      if (ids.putIfAbsent(r.id(), r) != null) {
        throw new IllegalArgumentException("duplicate id " + r.id());
      }
      for (String name : r.names()) {
        String k = SurfaceKeys.key(name);
        if (!k.isEmpty()) {
          names.computeIfAbsent(k, x -> new LinkedHashMap<>())
              .putIfAbsent(r.id(), new Candidate(r, name, r.prior()));
        }
      }
      for (OfficeTerm t : r.offices()) {
        offices.computeIfAbsent(t.officeId(), x -> new ArrayList<>()).add(new Holding(r, t));
      }
      if (r.type() == EntityType.OTHER || "office".equals(r.kind())) {
        for (String t : r.titles()) {
          String k = SurfaceKeys.key(t);
          if (!k.isEmpty()) {
            titles.computeIfAbsent(k, x -> new LinkedHashMap<>()).putIfAbsent(r.id(), r);
          }
        }
      }
      for (String d : r.demonyms()) {
        String k = SurfaceKeys.key(d);
        if (!k.isEmpty()) {
          demonyms.computeIfAbsent(k, x -> new LinkedHashMap<>()).putIfAbsent(r.id(), r);
        }
      }
    }
    this.byId = Map.copyOf(ids);
    Map<String, List<Candidate>> n = new HashMap<>(names.size() * 2);
    names.forEach(
        (k, v) -> {
          List<Candidate> l = new ArrayList<>(v.values());
          l.sort(CANDIDATES_BY_PRIOR);
          n.put(k, List.copyOf(l));
        });
    this.byName = Map.copyOf(n);
    Map<String, List<Holding>> o = new HashMap<>();
    offices.forEach((k, v) -> o.put(k, List.copyOf(v)));
    this.byOffice = Map.copyOf(o);
    this.byTitle = sortedIndex(titles);
    this.byDemonym = sortedIndex(demonyms);
  }

  private static Map<String, List<EntityRecord>> sortedIndex(
      Map<String, Map<String, EntityRecord>> index) {
    Map<String, List<EntityRecord>> out = new HashMap<>(index.size() * 2);
    index.forEach(
        (k, v) -> {
          List<EntityRecord> l = new ArrayList<>(v.values());
          l.sort(BY_PRIOR);
          out.put(k, List.copyOf(l));
        });
    return Map.copyOf(out);
  }

  @Override
  public Optional<EntityRecord> get(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public List<Candidate> candidates(String surface) {
    Objects.requireNonNull(surface, "surface");
    return byName.getOrDefault(SurfaceKeys.key(surface), List.of());
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
    return byTitle.getOrDefault(SurfaceKeys.key(title), List.of());
  }

  @Override
  public List<EntityRecord> countriesForDemonym(String adjective) {
    Objects.requireNonNull(adjective, "adjective");
    String k = SurfaceKeys.key(adjective);
    List<EntityRecord> found = byDemonym.get(k);
    if (found == null && k.length() > 3 && k.endsWith("s")) {
      found = byDemonym.get(k.substring(0, k.length() - 1));
    }
    return found == null ? List.of() : found;
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
