/**
 * A ConnectWise PSA (Manage) REST API server for tests, the offline demo and benchmarks: companyinfo and
 * codebase, Basic authentication with a clientId header, navigable and forward-only paging with Link headers,
 * conditions, counts, throttling, and {@code /_sim/} controls.
 */
package io.assetbridge.cwsim;
