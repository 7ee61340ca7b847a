/**
 * The admin API: thin JAX-RS resources that parse, delegate and map to wire records, and the one
 * place that renders every error as {@code application/problem+json}.
 */
package io.assetbridge.platform.api;
