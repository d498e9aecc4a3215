/**
 * Reading and writing Rostra's JSON Lines format.
 *
 * @since 0.1
 */
package org.rostra.io;
