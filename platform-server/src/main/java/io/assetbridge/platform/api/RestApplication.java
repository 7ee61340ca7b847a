package io.assetbridge.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The admin API under {@code /api}. Access control for every resource here is applied in the
 * {@code security} package, at this application's boundary.
 */
@ApplicationPath("api")
public class RestApplication extends Application {}
