/**
 * Who may call the API (HTTP Basic through Jakarta Security, users {@code admin} and {@code viewer},
 * salted password hashes) and secrets at rest (AES-GCM with a key from the environment or the data directory).
 */
package io.assetbridge.platform.security;
