package org.rostra.internal.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.rostra.doc.EntityType;
import org.rostra.entity.EntityRecord;
import org.rostra.entity.KnowledgeBase;
import org.rostra.entity.OfficeTerm;

/** Coverage counts of a knowledge base, against the bundled KB's targets. Not API. */
public final class KbStats {
  private KbStats() {}

  /** The day on which current office holders are counted. */
  public static final LocalDate CURRENT = LocalDate.of(2026, 1, 1);

  /** One line of the report: what, how many, and the target (0 = none). */
  public record Line(String what, long count, long target) {
    /** Whether the count meets the target. */
    public boolean met() {
      return count >= target;
    }
  }

  private static final Set<String> CITY_KINDS =
      Set.of("city", "city-state", "municipality", "metropolis", "federal city");
  private static final Set<String> INTL_KINDS =
      Set.of("intl-org", "military-alliance", "trade-agreement", "peacekeeping-mission",
          "monetary-union", "treaty-area", "partnership", "humanitarian-org", "sports-body");
  private static final Set<String> COMPANY_KINDS =
      Set.of("company", "ngo", "think-tank", "union", "labor-union", "lobby", "advocacy-group",
          "foundation", "humanitarian-org", "sports-body");
  private static final Set<String> GOVERNMENT_KINDS =
      Set.of("ministry", "agency", "legislature", "court", "military", "central-bank",
          "government", "intelligence-agency", "executive", "committee");
  private static final Set<String> LEADER_ROLES =
      Set.of("head-of-state", "head-of-government", "president", "prime-minister", "monarch",
          "chancellor", "premier");

  /** The first-level divisions the bundled KB covers: country id, name, number of divisions. */
  private static final List<String[]> DIVISIONS =
      List.of(
          new String[] {"Q30", "United States (states)", "50"},
          new String[] {"Q148", "China", "33"},
          new String[] {"Q668", "India", "36"},
          new String[] {"Q159", "Russia", "83"},
          new String[] {"Q183", "Germany", "16"},
          new String[] {"Q145", "United Kingdom (countries)", "4"},
          new String[] {"Q16", "Canada", "13"},
          new String[] {"Q408", "Australia (states and territories)", "8"},
          new String[] {"Q155", "Brazil", "27"},
          new String[] {"Q17", "Japan", "47"});

  /** The coverage lines. */
  public static List<Line> coverage(KnowledgeBase kb) {
    List<EntityRecord> all = kb.records().toList();
    List<Line> lines = new ArrayList<>();
    lines.add(new Line("entities", all.size(), 5000));
    for (EntityType t : EntityType.values()) {
      lines.add(new Line("type " + t, count(all, r -> r.type() == t), 0));
    }
    lines.add(new Line("QIDs (Wikidata ids)", count(all, EntityRecord::isWikidata), 0));
    lines.add(new Line("countries (UN members and observers, Kosovo, Taiwan)",
        count(all, kind("country")), 195));
    lines.add(new Line("countries with demonyms",
        count(all, r -> r.kind().equals("country") && !r.demonyms().isEmpty()), 195));
    lines.add(new Line("countries with a capital",
        count(all, r -> r.kind().equals("country") && r.capital().isPresent()), 193));
    lines.add(new Line("territories", count(all, kind("territory")), 0));
    for (String[] d : DIVISIONS) {
      String c = d[0];
      boolean us = c.equals("Q30");
      lines.add(new Line("first-level divisions: " + d[1],
          count(all, r -> r.type() == EntityType.GPE && r.country().equals(java.util.Optional.of(c))
              && (us ? r.kind().equals("state")
                  : !r.kind().equals("country") && !r.kind().equals("city")
                      && !r.kind().equals("historical-country"))),
          Integer.parseInt(d[2])));
    }
    lines.add(new Line("cities", count(all, r -> CITY_KINDS.contains(r.kind())), 300));
    lines.add(new Line("international organisations",
        count(all, r -> INTL_KINDS.contains(r.kind())), 150));
    lines.add(new Line("political parties", count(all, kind("party")), 1000));
    lines.add(new Line("news agencies and outlets", count(all, kind("news-outlet")), 100));
    lines.add(new Line("companies and organisations",
        count(all, r -> COMPANY_KINDS.contains(r.kind())), 200));
    lines.add(new Line("government bodies (ministries, agencies, legislatures, courts,"
        + " militaries, central banks)", count(all, r -> GOVERNMENT_KINDS.contains(r.kind())), 0));
    lines.add(new Line("offices", count(all, kind("office")), 0));
    lines.add(new Line("people", count(all, r -> r.type() == EntityType.PERSON), 0));
    lines.add(new Line("people with office terms",
        count(all, r -> r.type() == EntityType.PERSON && !r.offices().isEmpty()), 0));
    lines.add(new Line("office terms",
        all.stream().mapToLong(r -> r.offices().size()).sum(), 0));
    lines.add(new Line("countries with a head of state or government in office on " + CURRENT,
        countriesWithLeader(kb, all), 193));
    lines.add(new Line("US senators in office on " + CURRENT,
        kb.holders("rostra:office/us/senator", CURRENT).size(), 100));
    lines.add(new Line("US representatives in office on " + CURRENT,
        kb.holders("rostra:office/us/representative", CURRENT).size(), 430));
    lines.add(new Line("US presidents", holdersEver(all, "rostra:office/us/president"), 45));
    lines.add(new Line("US vice presidents",
        holdersEver(all, "rostra:office/us/vice-president"), 49));
    return lines;
  }

  /** Entity counts by kind, sorted by kind. */
  public static Map<String, Long> byKind(KnowledgeBase kb) {
    Map<String, Long> m = new TreeMap<>();
    kb.records().forEach(r -> m.merge(r.kind().isEmpty() ? "(none)" : r.kind(), 1L, Long::sum));
    return m;
  }

  /** The report as text: coverage lines with their targets, then counts by kind. */
  public static String report(KnowledgeBase kb) {
    StringBuilder b = new StringBuilder();
    b.append(String.format("%-92s %7s %7s%n", "coverage", "count", "target"));
    for (Line l : coverage(kb)) {
      b.append(String.format("%-92s %7d %7s%s%n", l.what(), l.count(),
          l.target() == 0 ? "" : ">= " + l.target(), l.met() ? "" : "  NOT MET"));
    }
    b.append(String.format("%nby kind%n"));
    byKind(kb).forEach((k, v) -> b.append(String.format("  %-30s %6d%n", k, v)));
    return b.toString();
  }

  private static long countriesWithLeader(KnowledgeBase kb, Collection<EntityRecord> all) {
    Set<String> countries = new HashSet<>();
    for (EntityRecord o : all) {
      if (!o.kind().equals("office") || o.jurisdiction().isEmpty()) {
        continue;
      }
      String role = o.id().substring(o.id().lastIndexOf('/') + 1);
      if (!LEADER_ROLES.contains(role)) {
        continue;
      }
      boolean country = kb.get(o.jurisdiction().get()).map(c -> c.kind().equals("country"))
          .orElse(false);
      if (country && !kb.holders(o.id(), CURRENT).isEmpty()) {
        countries.add(o.jurisdiction().get());
      }
    }
    return countries.size();
  }

  private static long holdersEver(Collection<EntityRecord> all, String office) {
    return count(all, r -> r.offices().stream().map(OfficeTerm::officeId)
        .anyMatch(office::equals));
  }

  private static Predicate<EntityRecord> kind(String k) {
    return r -> r.kind().equals(k);
  }

  private static long count(Collection<EntityRecord> all, Predicate<EntityRecord> p) {
    return all.stream().filter(p).count();
  }
}
