/**
 * Knowledge-base file formats (not API): the JSON Lines source format, TSV, the compact
 * binary form of the bundled KB, consistency checks, and the build-time compiler.
 */
package org.rostra.internal.kb;
