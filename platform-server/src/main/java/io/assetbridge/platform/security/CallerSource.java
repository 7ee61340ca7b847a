package io.assetbridge.platform.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * A way to prove who the caller is other than HTTP Basic (the console's session cookie, for one).
 * Jakarta Security allows one authentication mechanism per application, so other ways plug into
 * {@link AssetBridgeAuthentication} as CDI beans of this type; each is asked before Basic.
 */
public interface CallerSource {

    /**
     * Empty when the request carries no credential of this kind (the next source, then Basic, is
     * asked); otherwise the status to return, e.g. {@code context.notifyContainerAboutLogin(…)} or
     * {@code context.responseUnauthorized()}. Password checks go through {@link SignIns} so they are
     * throttled like Basic.
     */
    Optional<AuthenticationStatus> authenticate(HttpServletRequest request, HttpMessageContext context);
}
