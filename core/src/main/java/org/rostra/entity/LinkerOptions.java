package org.rostra.entity;

/**
 * How the linker decides and what links it writes.
 *
 * @param nilThreshold links scoring below it are dropped (the mention stays, NIL)
 * @param linkPronouns whether pronouns carry the link of their antecedent (their cluster is
 *     set either way)
 * @param linkNominals whether titles and nominals ("the Chinese president") carry links
 * @param wikidataOnly whether links to KB entities without a Wikidata QID are left out
 */
record LinkerOptions(
    double nilThreshold, boolean linkPronouns, boolean linkNominals, boolean wikidataOnly) {}
