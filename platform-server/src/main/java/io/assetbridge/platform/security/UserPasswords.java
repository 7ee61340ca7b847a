package io.assetbridge.platform.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The password hash of each user, settled once at start-up: {@code ASSETBRIDGE_ADMIN_PASSWORD}
 * when set (it always wins), else the stored hash of the generated initial password, generated now
 * if there is none. The viewer exists only while {@code ASSETBRIDGE_VIEWER_PASSWORD} is set. Plain
 * passwords from the environment are hashed right away and not kept.
 */
@ApplicationScoped
public class UserPasswords {

    private static final Logger LOG = Logger.getLogger(UserPasswords.class.getName());

    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    private Optional<String> adminPassword;
    private Optional<String> viewerPassword;
    private InitialAdminPassword initial;

    @Inject
    public UserPasswords(
            @ConfigProperty(name = "assetbridge.admin.password") Optional<String> adminPassword,
            @ConfigProperty(name = "assetbridge.viewer.password") Optional<String> viewerPassword,
            InitialAdminPassword initial) {
        this.adminPassword = adminPassword.filter(p -> !p.isBlank());
        this.viewerPassword = viewerPassword.filter(p -> !p.isBlank());
        this.initial = initial;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected UserPasswords() {}

    /** After the schema migration (priority 1), before the first request. */
    void onStart(@Observes @Priority(10) @Initialized(ApplicationScoped.class) Object event) {
        hashes.put(Roles.ADMIN, adminPassword.map(PasswordHash::of).orElseGet(initial::storedOrGenerated));
        viewerPassword.ifPresent(p -> hashes.put(Roles.VIEWER, PasswordHash.of(p)));
        LOG.info(() -> "Users: admin (password from "
                + (adminPassword.isPresent() ? "ASSETBRIDGE_ADMIN_PASSWORD" : "the database") + "), viewer "
                + (viewerPassword.isPresent() ? "enabled" : "disabled (ASSETBRIDGE_VIEWER_PASSWORD is unset)"));
    }

    Optional<String> hashOf(String user) {
        return Optional.ofNullable(user).map(hashes::get);
    }
}
