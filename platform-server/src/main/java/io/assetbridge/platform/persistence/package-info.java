/** The application's data source (embedded H2 or PostgreSQL, chosen by URL) and its schema migrations. */
package io.assetbridge.platform.persistence;
