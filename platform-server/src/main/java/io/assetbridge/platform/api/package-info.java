/**
 * The admin API: thin JAX-RS resources that parse, delegate and map to wire records, the one place
 * that renders every error as {@code application/problem+json} (JAX-RS mapper and container error
 * page), the body limit, and the published OpenAPI description.
 */
package io.assetbridge.platform.api;
