package io.assetbridge.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.assetbridge.spi.ConnectorException;
import io.assetbridge.spi.FailureKind;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** What the contract suite asks of a failure the connector reports. */
final class ContractFailures {

    private ContractFailures() {}

    /**
     * @param failure  what the read threw, or null when it did not fail
     * @param answer   what the stub answered every request with
     * @param expected the kinds that fit the answer
     * @param secrets  values no message may contain
     * @param took     the real time the read took
     */
    static void check(
            ConnectorException failure,
            StubResponse answer,
            Set<FailureKind> expected,
            List<String> secrets,
            Duration took) {
        if (failure == null) {
            fail("every request answered " + answer.status() + " and the read did not fail");
        }
        assertTrue(
                expected.contains(failure.kind()),
                "an answer " + answer.status() + " failed as " + failure.kind() + ", expected one of " + expected + ": "
                        + failure.getMessage());
        assertFalse(failure.getMessage().isBlank(), "a failure needs a message");
        for (String secret : secrets) {
            assertFalse(failure.getMessage().contains(secret), "the message shows a secret: " + failure.getMessage());
        }
        assertTrue(
                took.compareTo(ConnectorContract.REAL_TIME_BOUND) < 0,
                "failing took " + took + " of real time: a wait bypassed the context's sleeper");
    }
}
