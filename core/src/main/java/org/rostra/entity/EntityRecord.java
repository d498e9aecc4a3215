package org.rostra.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rostra.doc.EntityType;

/**
 * One entity of a knowledge base. Fields that do not apply to the entity's type are empty.
 *
 * @param id a Wikidata QID such as {@code Q15031} where certain, else a local id such as
 *     {@code rostra:office/us/president}
 * @param label the canonical English name
 * @param type the entity type
 * @param aliases other names a text may use
 * @param description a short description (may be empty)
 * @param country the id of the country the entity belongs to
 * @param prior how likely a bare mention of the name means this entity in political news, in
 *     [0, 1]
 * @param kind a finer kind in lower case, such as {@code country}, {@code party}, {@code
 *     office}, {@code politician} (may be empty)
 * @param offices for people: the offices held, with dates
 * @param parties for people: party memberships, with dates
 * @param born for people: the day of birth
 * @param died for people: the day of death
 * @param demonyms for countries and states: demonyms and adjectives ({@code Chinese}, {@code
 *     U.S.})
 * @param capital for countries and states: the id of the capital
 * @param titles for offices: the title patterns that name the holder ({@code China's
 *     president})
 * @param jurisdiction for offices: the id of the country or organisation the office belongs to
 * @since 0.1
 */
public record EntityRecord(
    String id,
    String label,
    EntityType type,
    List<Alias> aliases,
    String description,
    Optional<String> country,
    double prior,
    String kind,
    List<OfficeTerm> offices,
    List<PartyMembership> parties,
    Optional<LocalDate> born,
    Optional<LocalDate> died,
    List<String> demonyms,
    Optional<String> capital,
    List<String> titles,
    Optional<String> jurisdiction) {

  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

  /** The prior of entities whose source gives none. */
  public static final double DEFAULT_PRIOR = 0.1;

  /** Checks for nulls, a blank id or label and a prior outside [0, 1]; copies the lists. */
  public EntityRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(born, "born");
    Objects.requireNonNull(died, "died");
    Objects.requireNonNull(capital, "capital");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    if (id.isBlank() || !id.strip().equals(id)) {
      throw new IllegalArgumentException("blank id or id with surrounding spaces: '" + id + "'");
    }
    if (label.isBlank()) {
      throw new IllegalArgumentException("blank label for " + id);
    }
    if (!(prior >= 0.0 && prior <= 1.0)) {
      throw new IllegalArgumentException("prior of " + id + " not in [0, 1]: " + prior);
    }
    aliases = List.copyOf(aliases);
    offices = List.copyOf(offices);
    parties = List.copyOf(parties);
    demonyms = List.copyOf(demonyms);
    titles = List.copyOf(titles);
  }

  /** Whether the id is a Wikidata QID ({@code Q} followed by digits). */
  public boolean isWikidata() {
    return QID.matcher(id).matches();
  }

  /** The label followed by the alias texts, without duplicates. */
  public List<String> names() {
    List<String> names = new ArrayList<>(aliases.size() + 1);
    names.add(label);
    for (Alias a : aliases) {
      if (!names.contains(a.text())) {
        names.add(a.text());
      }
    }
    return List.copyOf(names);
  }

  /** A builder for a record with the id, label and type; everything else empty. */
  public static Builder builder(String id, String label, EntityType type) {
    return new Builder(id, label, type);
  }

  /** A builder that starts from this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder(id, label, type);
    b.aliases.addAll(aliases);
    b.description = description;
    b.country = country;
    b.prior = prior;
    b.kind = kind;
    b.offices.addAll(offices);
    b.parties.addAll(parties);
    b.born = born;
    b.died = died;
    b.demonyms.addAll(demonyms);
    b.capital = capital;
    b.titles.addAll(titles);
    b.jurisdiction = jurisdiction;
    return b;
  }

  /**
   * Builds an {@link EntityRecord} field by field. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private String id;
    private String label;
    private EntityType type;
    private final List<Alias> aliases = new ArrayList<>();
    private String description = "";
    private Optional<String> country = Optional.empty();
    private double prior = DEFAULT_PRIOR;
    private String kind = "";
    private final List<OfficeTerm> offices = new ArrayList<>();
    private final List<PartyMembership> parties = new ArrayList<>();
    private Optional<LocalDate> born = Optional.empty();
    private Optional<LocalDate> died = Optional.empty();
    private final List<String> demonyms = new ArrayList<>();
    private Optional<String> capital = Optional.empty();
    private final List<String> titles = new ArrayList<>();
    private Optional<String> jurisdiction = Optional.empty();

    private Builder(String id, String label, EntityType type) {
      this.id = Objects.requireNonNull(id, "id");
      this.label = Objects.requireNonNull(label, "label");
      this.type = Objects.requireNonNull(type, "type");
    }

    /** Replaces the id. */
    public Builder id(String value) {
      this.id = Objects.requireNonNull(value, "id");
      return this;
    }

    /** Replaces the label. */
    public Builder label(String value) {
      this.label = Objects.requireNonNull(value, "label");
      return this;
    }

    /** Replaces the type. */
    public Builder type(EntityType value) {
      this.type = Objects.requireNonNull(value, "type");
      return this;
    }

    /** Adds English aliases. */
    public Builder alias(String... texts) {
      for (String t : texts) {
        aliases.add(Alias.en(t));
      }
      return this;
    }

    /** Adds an alias. */
    public Builder alias(Alias alias) {
      aliases.add(Objects.requireNonNull(alias, "alias"));
      return this;
    }

    /** Sets the description. */
    public Builder description(String value) {
      this.description = Objects.requireNonNull(value, "description");
      return this;
    }

    /** Sets the country id. */
    public Builder country(String value) {
      this.country = Optional.of(value);
      return this;
    }

    /** Sets the prior, in [0, 1]. */
    public Builder prior(double value) {
      this.prior = value;
      return this;
    }

    /** Sets the kind. */
    public Builder kind(String value) {
      this.kind = Objects.requireNonNull(value, "kind");
      return this;
    }

    /** Adds an office term. */
    public Builder office(OfficeTerm term) {
      offices.add(Objects.requireNonNull(term, "term"));
      return this;
    }

    /** Adds an office term with optional dates ({@code null} = unknown or ongoing). */
    public Builder office(String officeId, LocalDate start, LocalDate end) {
      return office(new OfficeTerm(officeId, Optional.ofNullable(start), Optional.ofNullable(end)));
    }

    /** Adds a party membership. */
    public Builder party(PartyMembership membership) {
      parties.add(Objects.requireNonNull(membership, "membership"));
      return this;
    }

    /** Adds a party membership with optional dates ({@code null} = unknown or ongoing). */
    public Builder party(String partyId, LocalDate start, LocalDate end) {
      return party(
          new PartyMembership(partyId, Optional.ofNullable(start), Optional.ofNullable(end)));
    }

    /** Sets the day of birth. */
    public Builder born(LocalDate value) {
      this.born = Optional.of(value);
      return this;
    }

    /** Sets the day of death. */
    public Builder died(LocalDate value) {
      this.died = Optional.of(value);
      return this;
    }

    /** Adds demonyms or adjectives. */
    public Builder demonym(String... values) {
      for (String v : values) {
        demonyms.add(Objects.requireNonNull(v, "demonym"));
      }
      return this;
    }

    /** Sets the capital's id. */
    public Builder capital(String value) {
      this.capital = Optional.of(value);
      return this;
    }

    /** Adds title patterns. */
    public Builder title(String... values) {
      for (String v : values) {
        titles.add(Objects.requireNonNull(v, "title"));
      }
      return this;
    }

    /** Sets the jurisdiction's id. */
    public Builder jurisdiction(String value) {
      this.jurisdiction = Optional.of(value);
      return this;
    }

    /** The record. */
    public EntityRecord build() {
      return new EntityRecord(id, label, type, aliases, description, country, prior, kind,
          offices, parties, born, died, demonyms, capital, titles, jurisdiction);
    }
  }
}
