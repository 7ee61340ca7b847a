/** HTTP to ConnectWise: requests with keys and clientId, pacing and retries, Link headers, failure messages. */
package io.assetbridge.connector.connectwise.client;
