/** The server log's format: plain text by default, one JSON object per line on demand, for log shippers. */
package io.assetbridge.platform.logging;
