package org.rostra.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.rostra.doc.Attribution;
import org.rostra.doc.EntityLink;
import org.rostra.doc.EntityType;
import org.rostra.doc.Mention;
import org.rostra.doc.MentionKind;
import org.rostra.doc.TextSpan;

/**
 * Turns a speaker or source span into an {@link Attribution}, resolving it to an entity
 * through the entity layer when there is one: the mention inside the span (its link, or the
 * link of another mention of its cluster); a pronoun with no link goes to the nearest
 * compatible person (or organisation, for "they", "it", "we") before it.
 */
final class SpeakerResolver {
  private static final Set<String> PERSON_PRONOUNS =
      Set.of("he", "she", "him", "her", "i", "me", "his");
  private static final Set<String> GROUP_PRONOUNS = Set.of("they", "we", "it", "them", "us");
  /** How far back (in mentions) a pronoun looks for its antecedent. */
  private static final int LOOK_BACK = 200;

  private final String text;
  private final Optional<List<Mention>> mentions;
  /** The first link of each cluster, computed once per document (keeps resolving linear). */
  private final Map<Integer, EntityLink> clusterLinks;

  SpeakerResolver(String text, Optional<List<Mention>> mentions) {
    this.text = text;
    this.mentions = mentions;
    Map<Integer, EntityLink> links = new HashMap<>();
    mentions.ifPresent(
        ms -> {
          for (Mention m : ms) {
            if (m.link().isPresent()) {
              links.putIfAbsent(m.cluster(), m.link().get());
            }
          }
        });
    this.clusterLinks = links;
  }

  Attribution resolve(TextSpan span) {
    String covered = span.textOf(text);
    if (mentions.isEmpty()) {
      return new Attribution(span, covered, Optional.empty(), OptionalInt.empty());
    }
    List<Mention> ms = mentions.get();
    int first = firstEndingAfter(ms, span.start());
    Mention best = null;
    for (int i = first; i < ms.size() && ms.get(i).start() < span.end(); i++) {
      Mention m = ms.get(i);
      if (!span.overlaps(m.span())) {
        continue;
      }
      if (best == null || better(m, best, span)) {
        best = m;
      }
    }
    String lower = covered.strip().toLowerCase(Locale.ROOT);
    boolean pronoun = PERSON_PRONOUNS.contains(lower) || GROUP_PRONOUNS.contains(lower);
    if (best != null) {
      Optional<EntityLink> link = best.link();
      if (link.isEmpty()) {
        link = Optional.ofNullable(clusterLinks.get(best.cluster()));
      }
      if (link.isPresent() || !pronoun) {
        return new Attribution(span, covered, link, OptionalInt.of(best.cluster()));
      }
    }
    if (pronoun) {
      Mention ante = antecedent(ms, first, span.start(), PERSON_PRONOUNS.contains(lower));
      if (ante != null) {
        Optional<EntityLink> link = ante.link();
        if (link.isEmpty()) {
          link = Optional.ofNullable(clusterLinks.get(ante.cluster()));
        }
        return new Attribution(span, covered, link, OptionalInt.of(ante.cluster()));
      }
    }
    return new Attribution(
        span,
        covered,
        Optional.empty(),
        best == null ? OptionalInt.empty() : OptionalInt.of(best.cluster()));
  }

  /** Prefers a linked name, then the longest mention inside the span. */
  private static boolean better(Mention m, Mention best, TextSpan span) {
    int sm = score(m, span);
    int sb = score(best, span);
    if (sm != sb) {
      return sm > sb;
    }
    return m.span().length() > best.span().length();
  }

  private static int score(Mention m, TextSpan span) {
    int s = 0;
    if (span.covers(m.span())) {
      s += 4;
    }
    if (m.link().isPresent()) {
      s += 2;
    }
    if (m.kind() == MentionKind.NAME) {
      s += 1;
    }
    return s;
  }

  private static Mention antecedent(List<Mention> ms, int from, int before, boolean person) {
    int stop = Math.max(0, from - LOOK_BACK);
    for (int i = Math.min(from, ms.size()) - 1; i >= stop; i--) {
      Mention m = ms.get(i);
      if (m.end() > before || m.kind() == MentionKind.PRONOUN) {
        continue;
      }
      boolean ok =
          person
              ? m.type() == EntityType.PERSON
              : m.type() == EntityType.ORG || m.type() == EntityType.GPE
                  || m.type() == EntityType.NORP || m.type() == EntityType.PERSON;
      if (ok) {
        return m;
      }
    }
    return null;
  }

  /** The first mention that may overlap {@code offset} (mentions are ordered by start). */
  private static int firstEndingAfter(List<Mention> ms, int offset) {
    int lo = 0;
    int hi = ms.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ms.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int i = lo;
    for (int k = 0; k < 20 && i > 0 && ms.get(i - 1).end() > offset; k++) {
      i--;
    }
    return i;
  }
}
