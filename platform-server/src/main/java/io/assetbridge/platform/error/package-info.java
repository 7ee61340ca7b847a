/**
 * The failures services report, without HTTP: not found, conflict (a run in the way, a missing
 * connector), invalid input with every violation. {@code ApiException} is the API layer's own, for
 * failures of the HTTP exchange itself (a body that is not JSON, too large).
 */
package io.assetbridge.platform.error;
