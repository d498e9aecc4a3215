package org.rostra.internal.kb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.rostra.doc.EntityType;
import org.rostra.entity.EntityRecord;
import org.rostra.entity.OfficeTerm;
import org.rostra.entity.PartyMembership;

/** Consistency checks of a set of records. Not API. */
public final class KbChecks {
  private KbChecks() {}

  /**
   * References (country, capital, jurisdiction, office, party) that do not resolve, and
   * offices that are not offices.
   *
   * @param records the records to check
   * @param known whether an id exists (in these records or in a KB they will be composed with)
   * @param typeOf the type of a known id, for the check that an office reference names an
   *     office
   */
  public static List<String> danglingReferences(
      Collection<EntityRecord> records,
      Predicate<String> known,
      java.util.function.Function<String, Optional<EntityRecord>> typeOf) {
    List<String> problems = new ArrayList<>();
    for (EntityRecord r : records) {
      ref(problems, r, "country", r.country(), known);
      ref(problems, r, "capital", r.capital(), known);
      ref(problems, r, "jurisdiction", r.jurisdiction(), known);
      for (OfficeTerm t : r.offices()) {
        if (!known.test(t.officeId())) {
          problems.add(r.id() + ": office '" + t.officeId() + "' does not exist");
        } else {
          Optional<EntityRecord> o = typeOf.apply(t.officeId());
          if (o.isPresent() && o.get().type() != EntityType.OTHER) {
            problems.add(r.id() + ": office '" + t.officeId() + "' is a " + o.get().type()
                + ", not an office (OTHER)");
          }
        }
      }
      for (PartyMembership m : r.parties()) {
        if (!known.test(m.partyId())) {
          problems.add(r.id() + ": party '" + m.partyId() + "' does not exist");
        }
      }
    }
    return problems;
  }

  private static void ref(List<String> problems, EntityRecord r, String what,
      Optional<String> id, Predicate<String> known) {
    if (id.isPresent() && !known.test(id.get())) {
      problems.add(r.id() + ": " + what + " '" + id.get() + "' does not exist");
    }
  }

  /** Title patterns (by surface key) claimed by more than one office. */
  public static List<String> sharedTitles(
      Collection<EntityRecord> records, java.util.function.UnaryOperator<String> key) {
    Map<String, String> owner = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (EntityRecord r : records) {
      for (String t : r.titles()) {
        String k = key.apply(t);
        String prev = owner.putIfAbsent(k, r.id());
        if (prev != null && !prev.equals(r.id())) {
          problems.add("title '" + t + "' of " + r.id() + " is also a title of " + prev);
        }
      }
    }
    return problems;
  }
}
