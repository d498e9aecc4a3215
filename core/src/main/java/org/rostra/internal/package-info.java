/**
 * Rostra's internals: not API, may change in any release.
 */
package org.rostra.internal;
