/** Secrets at rest (AES-GCM with a key from the environment or the data directory) and, at the API boundary, access control. */
package io.assetbridge.platform.security;
