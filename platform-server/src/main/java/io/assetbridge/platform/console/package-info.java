/**
 * The browser console's server side: signed-in sessions (cookie, CSRF token, idle timeout), the
 * headers every console response carries, and the sign-in endpoints; the pages themselves are static
 * files in the WAR's root.
 */
package io.assetbridge.platform.console;
