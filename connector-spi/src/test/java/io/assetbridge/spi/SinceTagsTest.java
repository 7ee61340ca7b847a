package io.assetbridge.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type of the SPI and every member it declares (method, constructor, constant) says since
 * which SPI version it exists: an {@code @since} in its own Javadoc. Record components take the
 * {@code @since} of their record unless their {@code @param} says otherwise.
 */
class SinceTagsTest {

    private static final Path SOURCES = Path.of("src/main/java/io/assetbridge/spi");
    /** A declaration of a type (column 0) or a member (column 4), not a statement or an enum constant list. */
    private static final Pattern DECLARATION = Pattern.compile(
            "^(public |@FunctionalInterface|@Deprecated)|^    (public |default |protected |[A-Z][\\w<>, ?\\[\\]]* \\w+\\(|[A-Z_]+[,;(]|[A-Z_]+$|[A-Z]\\w* [A-Z_]+ =|void |boolean |int |long |String |Page |List<)");

    @Test
    void everyPublicTypeAndMemberSaysSince() throws IOException {
        var missing = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.getFileName().toString().equals("package-info.java")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                boolean publicType = lines.stream().anyMatch(l -> l.startsWith("public "));
                if (!publicType) {
                    continue;
                }
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (DECLARATION.matcher(line).find() && !line.contains("private ") && !line.startsWith("    @")) {
                        if (line.startsWith("@")) {
                            continue; // the type's annotation: the declaration line below is checked
                        }
                        if (!javadocWithSince(lines, i)) {
                            missing.add(SOURCES.relativize(file) + ":" + (i + 1) + " " + line.strip());
                        }
                    }
                }
            }
        }
        assertThat(missing).as("declarations without @since").isEmpty();
    }

    /** Whether the Javadoc right above line {@code i} (annotations skipped) has an @since. */
    private static boolean javadocWithSince(List<String> lines, int i) {
        int j = i - 1;
        while (j >= 0 && lines.get(j).strip().startsWith("@")) {
            j--;
        }
        if (j < 0 || !lines.get(j).strip().endsWith("*/")) {
            return false;
        }
        for (; j >= 0; j--) {
            String l = lines.get(j).strip();
            if (l.contains("@since")) {
                return true;
            }
            if (l.startsWith("/**")) {
                return false;
            }
        }
        return false;
    }
}
