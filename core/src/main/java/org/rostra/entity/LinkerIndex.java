package org.rostra.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rostra.doc.EntityType;

/**
 * Everything the linker precomputes from a {@link KnowledgeBase} once: one character trie
 * over every name, alias, office title and demonym (the alias automaton), dense per-entity
 * features (prior, type, country, related entities, offices) and the given names of the
 * KB's people. Immutable and thread-safe.
 */
final class LinkerIndex {

  /** One way a trie key names an entity: the form as written in the KB. */
  record NameVariant(String form, int entity, boolean label, boolean acronym) {}

  /** What a trie key stands for. */
  static final class Entry {
    final List<NameVariant> names = new ArrayList<>();
    final Set<Integer> offices = new LinkedHashSet<>();
    final Set<Integer> demonymOf = new LinkedHashSet<>();
    final Set<Integer> roleOffices = new LinkedHashSet<>();
    /** Whether the key began with "the " (titles and roles). */
    boolean withThe;
    int[] officeArr = new int[0];
    int[] demonymArr = new int[0];
    int[] roleArr = new int[0];
    NameVariant[] nameArr = new NameVariant[0];

    void freeze() {
      officeArr = offices.stream().mapToInt(Integer::intValue).toArray();
      demonymArr = demonymOf.stream().mapToInt(Integer::intValue).toArray();
      roleArr = roleOffices.stream().mapToInt(Integer::intValue).toArray();
      nameArr = names.toArray(new NameVariant[0]);
    }
  }

  final KnowledgeBase kb;
  final EntityRecord[] records;
  final Map<String, Integer> byId;
  final EntityType[] types;
  final double[] priors;
  final int[] country;
  final int[][] related;
  final boolean[] isCountry;
  final CharTrie trie;
  final Entry[] entries;
  final Set<String> givenNames;
  final Map<Integer, List<Integer>> officeHoldersAll;
  /** "Ala.", "Calif." and postal codes ("TX") to US state entities, when the KB has them. */
  final Map<String, Integer> stateAbbreviations;

  LinkerIndex(KnowledgeBase kb) {
    this.kb = kb;
    List<EntityRecord> all = kb.records().toList();
    records = all.toArray(new EntityRecord[0]);
    int n = records.length;
    byId = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      byId.put(records[i].id(), i);
    }
    types = new EntityType[n];
    priors = new double[n];
    country = new int[n];
    related = new int[n][];
    isCountry = new boolean[n];
    Set<String> given = new HashSet<>();
    Map<Integer, List<Integer>> holders = new HashMap<>();
    for (int i = 0; i < n; i++) {
      EntityRecord r = records[i];
      types[i] = r.type();
      priors[i] = r.prior();
      country[i] = r.country().map(c -> byId.getOrDefault(c, -1)).orElse(-1);
      isCountry[i] = r.kind().equals("country") || r.kind().equals("historical-country");
      Set<Integer> rel = new LinkedHashSet<>();
      if (country[i] >= 0) {
        rel.add(country[i]);
      }
      r.capital().map(byId::get).ifPresent(rel::add);
      r.jurisdiction().map(byId::get).ifPresent(rel::add);
      for (PartyMembership p : r.parties()) {
        Integer k = byId.get(p.partyId());
        if (k != null) {
          rel.add(k);
        }
      }
      for (OfficeTerm t : r.offices()) {
        Integer o = byId.get(t.officeId());
        if (o != null) {
          holders.computeIfAbsent(o, x -> new ArrayList<>()).add(i);
          addJurisdiction(o, rel);
        }
      }
      rel.remove(null);
      related[i] = rel.stream().mapToInt(Integer::intValue).toArray();
      if (r.type() == EntityType.PERSON) {
        String[] parts = r.label().split("\\s+");
        if (parts.length >= 2) {
          String g = Lexicon.lower(parts[0]);
          if (g.length() > 1
              && Character.isLetter(g.charAt(0))
              && !g.endsWith(".")
              && !Lexicon.TITLE_WORDS.contains(g)
              && !Lexicon.HONORIFICS.contains(g)
              && !Lexicon.JOIN_WORDS.contains(g)) {
            given.add(g);
          }
        }
      }
    }
    given.addAll(Lexicon.FEMALE_NAMES);
    given.addAll(Lexicon.MALE_NAMES);
    givenNames = Set.copyOf(given);
    officeHoldersAll = holders;

    // the automaton: names, titles, demonyms, roles
    CharTrie.Builder tb = new CharTrie.Builder();
    List<Entry> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      EntityRecord r = records[i];
      boolean office = r.type() == EntityType.OTHER && (r.kind().equals("office") || !r.titles().isEmpty());
      if (!office) {
        addName(tb, list, r.label(), i, true);
        for (Alias a : r.aliases()) {
          addName(tb, list, a.text(), i, false);
        }
      }
      for (String t : r.titles()) {
        String k = CharTrie.normKey(t);
        String bare = k.startsWith("the ") ? k.substring(4) : k;
        if (!bare.isEmpty()) {
          entry(tb, list, bare).offices.add(i);
          Entry e = entry(tb, list, "the " + bare);
          e.offices.add(i);
          e.withThe = true;
        }
      }
      for (String d : r.demonyms()) {
        String k = CharTrie.normKey(d);
        if (!k.isEmpty()) {
          entry(tb, list, k).demonymOf.add(i);
        }
      }
    }
    // roles ("the president") from the titles that combine a role with a country's name
    for (int i = 0; i < n; i++) {
      EntityRecord r = records[i];
      if (r.titles().isEmpty() || r.jurisdiction().isEmpty()) {
        continue;
      }
      Integer j = byId.get(r.jurisdiction().get());
      if (j == null) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (String s : records[j].names()) {
        names.add(CharTrie.normKey(s));
      }
      for (String s : records[j].demonyms()) {
        names.add(CharTrie.normKey(s));
      }
      for (String t : r.titles()) {
        String k = CharTrie.normKey(t);
        if (k.startsWith("the ")) {
          k = k.substring(4);
        }
        for (String nm : names) {
          String role = null;
          if (k.startsWith(nm + "'s ")) {
            role = k.substring(nm.length() + 3);
          } else if (k.startsWith(nm + " ")) {
            role = k.substring(nm.length() + 1);
          } else if (k.endsWith(" of " + nm)) {
            role = k.substring(0, k.length() - nm.length() - 4);
          }
          if (role != null && !role.isBlank() && role.split(" ").length <= 3) {
            Entry e = entry(tb, list, "the " + role);
            e.roleOffices.add(i);
            e.withThe = true;
          }
        }
      }
    }
    for (Entry e : list) {
      e.freeze();
    }
    trie = tb.build();
    entries = list.toArray(new Entry[0]);
    Map<String, Integer> states = new HashMap<>();
    Integer us = byId.get("Q30");
    for (List<String> st : Lexicon.US_STATES) {
      int p = tb.get(CharTrie.normKey(st.get(0)));
      if (p < 0) {
        continue;
      }
      for (NameVariant v : entries[p].nameArr) {
        int e = v.entity();
        if (types[e] == EntityType.GPE && (us == null || country[e] == us) && !isCountry[e]
            && !records[e].kind().equals("city")) {
          states.put(st.get(1), e);
          states.put(st.get(1).replace(".", ""), e);
          states.put(st.get(2), e);
          break;
        }
      }
    }
    stateAbbreviations = Map.copyOf(states);
  }

  private void addJurisdiction(int office, Set<Integer> rel) {
    records[office].jurisdiction().map(byId::get).ifPresent(rel::add);
  }

  private static Entry entry(CharTrie.Builder tb, List<Entry> list, String key) {
    int p = tb.get(key);
    if (p >= 0) {
      return list.get(p);
    }
    Entry e = new Entry();
    list.add(e);
    tb.add(key, list.size() - 1);
    return e;
  }

  private static void addName(CharTrie.Builder tb, List<Entry> list, String form, int entity, boolean label) {
    String k = CharTrie.normKey(form);
    if (k.isEmpty()) {
      return;
    }
    boolean acronym = Lexicon.isAllCaps(form) && form.replaceAll("[^\\p{L}]", "").length() <= 6;
    NameVariant v = new NameVariant(form.strip(), entity, label, acronym);
    entry(tb, list, k).names.add(v);
    if (k.startsWith("the ") && k.indexOf(' ', 4) > 0) {
      String stripped = form.strip().substring(4).strip();
      entry(tb, list, k.substring(4)).names.add(new NameVariant(stripped, entity, label, acronym));
    }
  }

  /** The holders of an office on a day, as entity indices (KB order: highest prior first). */
  List<Integer> holders(int office, LocalDate date) {
    List<Integer> out = new ArrayList<>();
    for (EntityRecord r : kb.holders(records[office].id(), date)) {
      Integer k = byId.get(r.id());
      if (k != null) {
        out.add(k);
      }
    }
    return out;
  }

  /** Whether the person held the office on the day (any day when the date is empty). */
  boolean held(int person, int office, Optional<LocalDate> date) {
    String oid = records[office].id();
    for (OfficeTerm t : records[person].offices()) {
      if (t.officeId().equals(oid) && (date.isEmpty() || t.activeOn(date.get()))) {
        return true;
      }
    }
    return false;
  }
}
