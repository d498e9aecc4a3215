package org.rostra.doc;

/**
 * The type of an entity or mention, as in the JSON Lines format.
 *
 * @since 0.1
 */
public enum EntityType {
  /** People. */
  PERSON,
  /** Organisations: parties, governments, agencies, companies, outlets. */
  ORG,
  /** Geopolitical entities: countries, states, provinces, cities. */
  GPE,
  /** Other locations: regions, seas, rivers. */
  LOC,
  /** Nationalities, religious or political groups. */
  NORP,
  /** Named events. */
  EVENT,
  /** Laws and treaties. */
  LAW,
  /** Anything else, such as offices. */
  OTHER
}
