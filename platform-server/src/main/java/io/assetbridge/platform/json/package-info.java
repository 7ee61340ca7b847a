/** JSON-P for the whole platform: the one provider, and JSON text columns to and from values. */
package io.assetbridge.platform.json;
