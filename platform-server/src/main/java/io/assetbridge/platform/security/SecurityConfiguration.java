package io.assetbridge.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the roles; authentication is {@link AssetBridgeAuthentication} (HTTP Basic through Jakarta
 * Security, plus any {@link CallerSource}), the realm named in its challenge is {@link #REALM}. Which paths need
 * which role is declared in {@code WEB-INF/web.xml}; groups map to roles of the same name in
 * {@code WEB-INF/glassfish-web.xml}.
 */
@ApplicationScoped
@DeclareRoles({Roles.ADMIN, Roles.VIEWER})
public class SecurityConfiguration {

    public static final String REALM = "AssetBridge";
}
