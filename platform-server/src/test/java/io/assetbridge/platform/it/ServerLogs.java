package io.assetbridge.platform.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The log of the Payara Micro under test ({@code --logtofile}; Payara adds a rotation suffix). */
final class ServerLogs {

    private ServerLogs() {}

    static String read() {
        Path log = Path.of(System.getProperty("it.server.log"));
        try (Stream<Path> files = Files.list(log.getParent())) {
            return files.filter(f -> f.getFileName()
                            .toString()
                            .startsWith(log.getFileName().toString()))
                    .map(ServerLogs::readFile)
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
