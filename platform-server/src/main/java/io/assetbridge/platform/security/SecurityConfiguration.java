package io.assetbridge.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * Turns on HTTP Basic authentication (Jakarta Security) for the whole application. Which paths need
 * which role is declared in {@code WEB-INF/web.xml}; groups map to roles of the same name in
 * {@code WEB-INF/glassfish-web.xml}.
 */
@ApplicationScoped
@BasicAuthenticationMechanismDefinition(realmName = SecurityConfiguration.REALM)
@DeclareRoles({Roles.ADMIN, Roles.VIEWER})
public class SecurityConfiguration {

    public static final String REALM = "AssetBridge";
}
