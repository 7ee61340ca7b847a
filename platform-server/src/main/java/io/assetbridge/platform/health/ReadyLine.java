package io.assetbridge.platform.health;

import io.assetbridge.platform.PlatformDirectories;
import io.assetbridge.platform.security.InitialAdminPassword;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one line a newcomer looks for: where the server answers and where the admin password is. Logged
 * last in start-up (after migrations, plugins and users), from Payara's own view of its HTTP listener.
 */
@ApplicationScoped
public class ReadyLine {

    private static final Logger LOG = Logger.getLogger(ReadyLine.class.getName());

    private String address;
    private int port;
    private boolean passwordFromEnvironment;
    private PlatformDirectories directories;

    @Inject
    public ReadyLine(
            @ConfigProperty(name = "payara.instance.http.address", defaultValue = "0.0.0.0") String address,
            @ConfigProperty(name = "payara.instance.http.port", defaultValue = "8080") int port,
            @ConfigProperty(name = "assetbridge.admin.password") Optional<String> adminPassword,
            PlatformDirectories directories) {
        this.address = address;
        this.port = port;
        this.passwordFromEnvironment = adminPassword.filter(p -> !p.isBlank()).isPresent();
        this.directories = directories;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected ReadyLine() {}

    void onStart(@Observes @Priority(100) @Initialized(ApplicationScoped.class) Object event) {
        LOG.info(() -> text(address, port, passwordFromEnvironment, directories));
    }

    static String text(String address, int port, boolean passwordFromEnvironment, PlatformDirectories directories) {
        return "AssetBridge ready at http://" + host(address) + ":" + port + "/ — admin password "
                + (passwordFromEnvironment
                        ? "from ASSETBRIDGE_ADMIN_PASSWORD"
                        : "in " + directories.data().resolve(InitialAdminPassword.FILE_NAME));
    }

    /** A wildcard listener answers on every interface; localhost is the address that works on this host. */
    private static String host(String address) {
        return address.isBlank() || address.equals("0.0.0.0") || address.equals("::") ? "localhost" : address;
    }
}
