package io.assetbridge.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code ASSETBRIDGE_PUBLIC_URL}: where clients reach this server (behind a reverse proxy, its
 * address), e.g. {@code https://assets.example.com} or {@code https://example.com/assetbridge}. It
 * makes {@code Location} headers absolute and is an origin changes may come from. Without it,
 * {@code Location} is relative; the {@code Host} header is never used to build one.
 */
@ApplicationScoped
public class PublicUrl {

    private Optional<URI> base;

    @Inject
    public PublicUrl(@ConfigProperty(name = "assetbridge.public.url") Optional<String> configured) {
        this.base = configured.filter(s -> !s.isBlank()).map(PublicUrl::parse);
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected PublicUrl() {}

    private static URI parse(String text) {
        URI uri = URI.create(text.strip());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))
                || uri.getHost() == null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(
                    "ASSETBRIDGE_PUBLIC_URL must be an http:// or https:// URL without credentials, query or fragment");
        }
        return uri;
    }

    /**
     * The {@code Location} of an API path: absolute under the public URL when one is set, else the path
     * as the request reached this server ({@code apiPath} starts with the request's own base path).
     *
     * @param apiPath e.g. {@code /api/integrations/7}, the request's base path included
     */
    public URI location(String apiPath) {
        return base.map(b -> URI.create(stripSlash(b.toString()) + apiPath)).orElse(URI.create(apiPath));
    }

    /** The public URL's origin ({@code scheme://host[:port]}), when one is set. */
    public Optional<String> origin() {
        return base.map(b -> b.getScheme().toLowerCase(Locale.ROOT) + "://"
                + b.getRawAuthority().toLowerCase(Locale.ROOT));
    }

    private static String stripSlash(String text) {
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
