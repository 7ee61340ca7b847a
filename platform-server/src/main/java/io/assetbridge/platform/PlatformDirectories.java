package io.assetbridge.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the server keeps its data and finds plugin jars; both resolved to absolute paths. */
@ApplicationScoped
public class PlatformDirectories {

    private Path data;
    private Path plugins;

    @Inject
    public PlatformDirectories(
            @ConfigProperty(name = "assetbridge.data.dir") String dataDir,
            @ConfigProperty(name = "assetbridge.plugins.dir") String pluginsDir) {
        this.data = Path.of(dataDir).toAbsolutePath().normalize();
        this.plugins = Path.of(pluginsDir).toAbsolutePath().normalize();
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected PlatformDirectories() {}

    public Path data() {
        return data;
    }

    public Path plugins() {
        return plugins;
    }
}
