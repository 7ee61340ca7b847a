/**
 * Halo's OAuth 2.0 client-credentials token endpoint and bearer-token checks, with OpenIddict-style
 * JSON errors, scopes narrowed to the application's permissions, expiry on the injectable clock and
 * runtime revocation.
 */
package io.assetbridge.halosim.auth;
