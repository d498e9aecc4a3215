package org.rostra.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A knowledge base of entities: lookups by id, by name, by office and date, by title and by
 * demonym. Implementations are immutable and thread-safe. Get one from {@link KnowledgeBases}.
 *
 * <p>Names, titles and demonyms are compared by their surface key ({@link
 * KnowledgeBases#surfaceKey(String)}): case, accents and punctuation do not matter ({@code
 * "U.S."} = {@code "US"} = {@code "u.s"}), and a leading {@code "the"} is optional.
 *
 * @since 0.1
 */
public interface KnowledgeBase {

  /** The entity with the id. */
  Optional<EntityRecord> get(String id);

  /**
   * The entities whose label or an alias has the surface's key, sorted by prior (highest
   * first, then by id).
   *
   * @param surface a name as written in a text, such as {@code "the Communist Party"}
   * @return the candidates, empty when nothing matches
   */
  List<Candidate> candidates(String surface);

  /**
   * Who held the office on the day, highest prior first.
   *
   * @param officeId the office entity's id, such as {@code rostra:office/us/president}
   * @param date the day
   * @return the holders (several for offices such as senator), empty when none is known
   */
  List<EntityRecord> holders(String officeId, LocalDate date);

  /**
   * The offices (type {@code OTHER}, kind {@code office}) one of whose title patterns has the
   * title's key, highest prior first: {@code "the Chinese president"}, {@code "China's
   * president"}, {@code "National Security Adviser"}.
   */
  List<EntityRecord> officesForTitle(String title);

  /**
   * The countries (and states) with the demonym or adjective, highest prior first: {@code
   * "Chinese"} gives China, {@code "U.S."} and {@code "American"} the United States. A plural
   * such as {@code "Americans"} is tried without its final {@code s} when nothing matches.
   */
  List<EntityRecord> countriesForDemonym(String adjective);

  /** The number of entities. */
  int size();

  /** All entities, in the order they were added. */
  Stream<EntityRecord> records();

  /**
   * Collects records for an in-memory knowledge base ({@link KnowledgeBases#builder()}). Not
   * thread-safe; the knowledge base it builds is.
   *
   * @since 0.1
   */
  final class Builder {
    private final Map<String, EntityRecord> records = new LinkedHashMap<>();

    Builder() {}

    /**
     * Adds a record.
     *
     * @throws IllegalArgumentException when a record with the same id was added
     */
    public Builder add(EntityRecord record) {
      Objects.requireNonNull(record, "record");
      if (records.putIfAbsent(record.id(), record) != null) {
        throw new IllegalArgumentException("duplicate id " + record.id());
      }
      return this;
    }

    /** Adds records (see {@link #add(EntityRecord)}). */
    public Builder addAll(Iterable<EntityRecord> more) {
      for (EntityRecord r : more) {
        add(r);
      }
      return this;
    }

    /** Adds or replaces the record with the record's id. */
    public Builder put(EntityRecord record) {
      Objects.requireNonNull(record, "record");
      records.put(record.id(), record);
      return this;
    }

    /** Whether a record with the id was added. */
    public boolean contains(String id) {
      return records.containsKey(id);
    }

    /** The number of records added. */
    public int size() {
      return records.size();
    }

    /** The knowledge base of the records added so far. */
    public KnowledgeBase build() {
      return new InMemoryKnowledgeBase(new ArrayList<>(records.values()));
    }
  }
}
