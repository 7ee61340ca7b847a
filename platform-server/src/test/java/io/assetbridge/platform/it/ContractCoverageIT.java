package io.assetbridge.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every operation the description documents was exercised by this build's integration tests, each
 * exchange validated against it ({@link Contract}). Runs in the H2 execution, after the PostgreSQL
 * one has logged its exchanges; it is part of the whole suite, not of a run that picks one IT class.
 */
@Tag("h2")
class ContractCoverageIT {

    @Test
    void everyDocumentedOperationWasExercisedAndValidated() throws IOException {
        String log = System.getProperty(Contract.LOG_PROPERTY);
        assertThat(log).as("system property " + Contract.LOG_PROPERTY).isNotNull();
        List<String> exchanges = Files.readAllLines(Path.of(log));
        var exercised = new TreeSet<String>();
        exchanges.forEach(line -> exercised.add(line.substring(0, line.indexOf(' '))));
        var documented = new TreeSet<String>();
        Contract.written().operations().forEach(o -> documented.add(o.id()));
        System.out.printf(
                "contract: %d exchanges validated against /openapi, %d of %d documented operations exercised%n",
                exchanges.size(), exercised.size(), documented.size());
        assertThat(exercised).as("operations exercised by the ITs").containsAll(documented);
    }
}
