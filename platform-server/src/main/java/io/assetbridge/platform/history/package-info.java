/** Change history of configuration items: reading it per CI and per run, and its retention. */
package io.assetbridge.platform.history;
