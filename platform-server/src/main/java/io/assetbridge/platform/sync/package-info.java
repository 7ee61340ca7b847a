/**
 * Sync runs: starting one (at most one per integration, enforced in the database), executing it
 * page by page with a checkpoint committed alongside each page, and finishing it honestly.
 */
package io.assetbridge.platform.sync;
