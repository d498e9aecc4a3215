package org.rostra.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rostra.doc.Dateline;
import org.rostra.doc.Document;
import org.rostra.doc.EntityLink;
import org.rostra.doc.EntityType;
import org.rostra.doc.Layers;
import org.rostra.doc.Mention;
import org.rostra.doc.MentionKind;
import org.rostra.doc.TextSpan;

/**
 * People named in bylines ("--With assistance from Yujing Liu and Ana Monteiro.", "Reporting
 * by …"): the tokenizer keeps bylines out of the story's sentences, so their names are found
 * here, as PERSON mentions (linked when the knowledge base has exactly one person of that
 * name, else NIL), each in a cluster of its own or of an earlier mention of the same person.
 */
final class BylineNames {
  private BylineNames() {}

  /** The lead that introduces names, case-insensitive; what follows is a list of names. */
  private static final Pattern LEAD =
      Pattern.compile(
          "(?i)\\b(?:with assistance from|reporting by|additional reporting by|written by"
              + "|editing by|edited by|compiled by|contributed by|by)\\s+");

  /** One name: 1 to 4 capitalised words (initials, hyphens, apostrophes allowed). */
  private static final Pattern NAME =
      Pattern.compile(
          "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|bin|al|da|del|la|le)){0,4}");

  static List<Mention> addTo(List<Mention> mentions, Document doc, KnowledgeBase kb) {
    List<Dateline> lines = doc.find(Layers.DATELINES).orElse(List.of());
    List<Mention> added = new ArrayList<>();
    String text = doc.text();
    int nextCluster = 0;
    for (Mention m : mentions) {
      nextCluster = Math.max(nextCluster, m.cluster() + 1);
    }
    for (Dateline dl : lines) {
      if (!dl.kind().equals("byline")) {
        continue;
      }
      int end = Math.min(dl.span().end(), text.length());
      Matcher lead = LEAD.matcher(text).region(dl.span().start(), end);
      if (!lead.find()) {
        continue;
      }
      Matcher name = NAME.matcher(text);
      int from = lead.end();
      while (from < end && name.region(from, end).find()) {
        int s = name.start();
        int e = name.end();
        // a name never ends with a sentence period; "Jr." and initials keep theirs
        while (e > s && text.charAt(e - 1) == '.' && !initialAt(text, s, e)) {
          e--;
        }
        if (e > s && !overlaps(mentions, s, e)) {
          String surface = text.substring(s, e);
          Optional<EntityLink> link = Optional.empty();
          int cluster = -1;
          for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.text().equals(surface)) {
              cluster = m.cluster();
              link = m.link();
            }
          }
          if (cluster < 0) {
            List<Candidate> people =
                kb.candidates(surface).stream()
                    .filter(c -> c.entity().type() == EntityType.PERSON)
                    .toList();
            if (people.size() == 1) {
              link = Optional.of(new EntityLink(people.get(0).entity().id(), people.get(0).entity().label()));
            }
            cluster = nextCluster++;
          }
          added.add(
              new Mention(new TextSpan(s, e), surface, EntityType.PERSON, MentionKind.NAME, link,
                  link.isPresent() ? 0.7 : 0.6, cluster));
        }
        // the next name follows a comma, "and" or "&"
        int next = Math.min(name.end(), end);
        Matcher sep = Pattern.compile("\\s*(?:,|and\\b|&)\\s*").matcher(text).region(next, end);
        if (!sep.lookingAt()) {
          break;
        }
        from = sep.end();
      }
    }
    if (added.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions);
    out.addAll(added);
    out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    return List.copyOf(out);
  }

  private static boolean initialAt(String text, int s, int e) {
    // "J." or "Jr." at the end: a word of at most 2 letters before the period
    int w = e - 1;
    while (w > s && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    return e - 1 - w <= 2 && e - 1 - w > 0 && Character.isUpperCase(text.charAt(w));
  }

  private static boolean overlaps(List<Mention> mentions, int s, int e) {
    for (Mention m : mentions) {
      if (m.start() < e && s < m.end()) {
        return true;
      }
    }
    return false;
  }
}
