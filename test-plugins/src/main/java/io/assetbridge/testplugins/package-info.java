/** Connectors that exist to test plugin loading: one that works, several that fail in each way a jar can. */
package io.assetbridge.testplugins;
