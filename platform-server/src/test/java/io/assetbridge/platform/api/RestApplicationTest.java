package io.assetbridge.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The listed JAX-RS components are exactly the annotated classes of the compiled {@code api} package. */
class RestApplicationTest {

    @Test
    void listsEveryResourceAndProviderOfTheApiPackage() throws Exception {
        var packageDir = Paths.get(RestApplication.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolve(RestApplication.class.getPackageName().replace('.', '/'));
        try (var files = Files.list(packageDir)) {
            var annotated = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> load(RestApplication.class.getPackageName() + "."
                            + name.substring(0, name.length() - ".class".length())))
                    .filter(type -> type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class))
                    .collect(Collectors.toSet());
            assertThat(new RestApplication().getClasses()).containsExactlyInAnyOrderElementsOf(annotated);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RestApplicationTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
