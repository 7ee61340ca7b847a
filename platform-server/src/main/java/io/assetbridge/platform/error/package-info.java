/** The failures services report to the API: not found, conflict, invalid input with every violation. */
package io.assetbridge.platform.error;
