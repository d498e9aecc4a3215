/**
 * Service-provider types for packaged resources (models, knowledge bases, theme sets).
 *
 * @since 0.1
 */
package org.rostra.spi;
