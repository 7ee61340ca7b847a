/**
 * Integration-test support: the deployment under test, a throwaway PostgreSQL database, the packaged
 * server as a separate process, plugin jars, and a small HTTP client.
 */
package io.assetbridge.platform.it;
