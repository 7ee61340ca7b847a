/**
 * The browser console's signed-in sessions (cookie, CSRF token, idle timeout) and their place in the
 * one authentication mechanism. The sign-in endpoint and the guard on every request are in {@code
 * api}; the pages themselves are static files in the WAR's root.
 */
package io.assetbridge.platform.console;
