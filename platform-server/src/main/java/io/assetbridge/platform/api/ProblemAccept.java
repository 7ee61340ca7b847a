package io.assetbridge.platform.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * A client that accepts only {@code application/problem+json} asks for errors in that form; without
 * this, resource matching would refuse it with 406 before the real answer (404, 400…) is known.
 * Problem documents are JSON, so such a client is taken to accept {@code application/json} as well, at
 * a lower preference: errors still go out as {@code application/problem+json}, and a success as the
 * resource's {@code application/json}.
 */
@Provider
@PreMatching
public class ProblemAccept implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null
                && accept.toLowerCase(Locale.ROOT).contains(Problem.MEDIA_TYPE)
                && !accept.toLowerCase(Locale.ROOT).contains("application/json")) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", application/json;q=0.1");
        }
    }
}
