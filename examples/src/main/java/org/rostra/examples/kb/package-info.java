/** Knowledge-base tools of the examples/CLI: the Wikidata-dump builder. */
package org.rostra.examples.kb;
