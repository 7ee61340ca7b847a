package io.assetbridge.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.assetbridge.spi.ConfigProblem;
import io.assetbridge.spi.Connector;
import io.assetbridge.spi.ConnectorConfig;
import io.assetbridge.spi.ConnectorDescriptor;
import io.assetbridge.spi.ConnectorException;
import io.assetbridge.spi.ConnectorSession;
import io.assetbridge.spi.FailureKind;
import io.assetbridge.spi.PageRequest;
import io.assetbridge.spi.ResourceType;
import io.assetbridge.spi.SourceRecord;
import io.assetbridge.spi.SyncFilters;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The connector contract: extend it with one JUnit 5 class and every check below runs against your
 * connector. Requests go through an {@link HttpStub} that forwards to your {@link #source()} (a simulator
 * of your source system) unless a check scripts an answer: a 401, a 429, an HTML page… Each session runs on
 * virtual time, so waits cost no real time.
 *
 * <pre>{@code
 * class AcmeContractTest extends ConnectorContract {
 *     static final AcmeSimulator SOURCE = AcmeSimulator.start();
 *     protected Connector connector() { return new AcmeConnector(); }
 *     protected URI source() { return SOURCE.baseUri(); }
 *     protected ConnectorConfig config(URI base) { return ConnectorConfig.of(Map.of("url", base + "/api", …)); }
 * }
 * }</pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ConnectorContract {

    /** Real time one failure check may take at most: longer means a wait that bypassed the sleeper. */
    protected static final Duration REAL_TIME_BOUND = Duration.ofSeconds(20);

    private Connector connector;
    private HttpStub stub;

    /** A new instance of the connector under test; the suite makes one and shares it, as the platform does. */
    protected abstract Connector connector();

    /** The source the stub forwards to (your simulator), e.g. {@code http://127.0.0.1:8089}. */
    protected abstract URI source();

    /** A working configuration whose addresses point at {@code base} (the stub) instead of the source. */
    protected abstract ConnectorConfig config(URI base);

    /**
     * Whether a check's scripted answer applies to {@code request}. Default: every request. A connector
     * whose sign-in is a separate request (an OAuth token endpoint) may exempt it, so that the checks see
     * how it reports an API request's failure, not its sign-in's.
     */
    protected boolean scripted(RecordedRequest request) {
        return true;
    }

    /** The resource type the failure checks read. Default: the first type the account may read. */
    protected ResourceType probeType(List<ResourceType> readable) {
        return readable.get(0);
    }

    /** The connector instance every check uses. */
    protected final Connector instance() {
        if (connector == null) {
            connector = connector();
        }
        return connector;
    }

    /** The stub in front of the source; checks script it, and so may your own tests. */
    protected final HttpStub stub() {
        if (stub == null) {
            stub = HttpStub.start().forwardTo(source()).scriptOnly(this::scripted);
        }
        return stub;
    }

    @AfterAll
    void stopStub() {
        if (stub != null) {
            stub.close();
        }
    }

    private ConnectorConfig config() {
        return config(stub().baseUri());
    }

    @Test
    void theDescriptorIsSaneAndStable() {
        ConnectorDescriptor descriptor = instance().descriptor();
        assertNotNull(descriptor, "descriptor() returned null");
        assertEquals(descriptor, instance().descriptor(), "descriptor() must return the same value every time");
        var names = descriptor.properties().stream().map(p -> p.name()).collect(Collectors.toSet());
        instance().secretBindings().forEach(b -> {
            assertTrue(names.contains(b.secret()), "secret binding of unknown property " + b.secret());
            assertTrue(names.containsAll(b.boundTo()), "secret " + b.secret() + " bound to unknown properties");
        });
        var ids = descriptor.resourceTypes().stream().map(ResourceType::id).collect(Collectors.toSet());
        instance()
                .resourceTypesFor(config())
                .forEach(t -> assertTrue(
                        ids.contains(t.id()), "resourceTypesFor offers " + t.id() + ", which the descriptor lacks"));
        assertTrue(
                instance().validate(config()).isEmpty(),
                "the working configuration fails validate: " + instance().validate(config()));
    }

    @Test
    void validateIsTotal() {
        ConnectorDescriptor descriptor = instance().descriptor();
        for (var values : OddInputs.configs(descriptor, config().values())) {
            List<ConfigProblem> problems;
            try {
                problems = instance().validate(new ConnectorConfig(values));
            } catch (RuntimeException e) {
                throw new AssertionError("validate threw on " + OddInputs.abbreviated(values.toString()), e);
            }
            assertNotNull(problems, "validate returned null");
        }
    }

    @Test
    void mapToCiIsTotalOverOddRecords() {
        try (ConnectorSession session = signIn(context())) {
            for (ResourceType type : ContractReads.readable(instance(), config(), session)) {
                var page = instance().fetchPage(session, PageRequest.first(type.id(), type.pageSize()));
                var samples = new ArrayList<SourceRecord>(
                        page.records().stream().limit(3).toList());
                samples.add(new SourceRecord(type.id(), "contract-1", "{}"));
                for (SourceRecord sample : samples) {
                    OddInputs.mapsTotally(instance(), config(), sample);
                    OddInputs.records(sample).forEach(r -> OddInputs.mapsTotally(instance(), config(), r));
                }
            }
        }
    }

    @Test
    void pagingTerminatesAndResumingFromAnyCursorReadsTheSameRecords() {
        try (ConnectorSession session = signIn(context())) {
            for (ResourceType type : ContractReads.readable(instance(), config(), session)) {
                var straight = ContractReads.readAll(instance(), session, type, null);
                List<String> all = ContractReads.ids(straight);
                int before = 0;
                for (int i = 0; i < straight.size(); i++) {
                    var step = straight.get(i);
                    if (step.cursor() != null && ContractReads.resumeChecked(i, straight.size())) {
                        var resumed =
                                ContractReads.ids(ContractReads.readAll(instance(), session, type, step.cursor()));
                        assertEquals(
                                all.subList(before, all.size()),
                                resumed,
                                type.id() + ": resuming from page " + (i + 1) + "'s cursor read other records");
                    }
                    before += step.page().records().size();
                }
            }
        }
    }

    @Test
    void a401IsAnAuthenticationFailure() {
        assertFailure(StubResponse.json(401, "{\"error\":\"unauthorized\"}"), Set.of(FailureKind.AUTHENTICATION));
    }

    @Test
    void a403IsAPermissionFailure() {
        assertFailure(StubResponse.json(403, "{\"error\":\"forbidden\"}"), Set.of(FailureKind.PERMISSION));
    }

    @Test
    void a429WithRetryAfterIsRateLimited() {
        assertFailure(StubResponse.json(429, "{}").withHeader("Retry-After", "30"), Set.of(FailureKind.RATE_LIMITED));
    }

    @Test
    void a429WithoutRetryAfterIsRateLimited() {
        assertFailure(StubResponse.json(429, "{}"), Set.of(FailureKind.RATE_LIMITED));
    }

    @Test
    void a5xxIsTransient() {
        assertFailure(StubResponse.text(503, "Service Unavailable"), Set.of(FailureKind.TRANSIENT));
        assertFailure(StubResponse.text(500, "Internal Server Error"), Set.of(FailureKind.TRANSIENT));
    }

    @Test
    void anHtmlPageIsDataOrConfiguration() {
        assertFailure(
                StubResponse.html(200, "<!DOCTYPE html><html><body>Sign in</body></html>"),
                Set.of(FailureKind.DATA, FailureKind.CONFIGURATION));
    }

    @Test
    void aTruncatedBodyIsTransientOrData() {
        assertFailure(
                StubResponse.json(200, "{\"records\":[" + "{\"id\":1},".repeat(200) + "{\"id\":2}]}")
                        .cutShort(),
                Set.of(FailureKind.TRANSIENT, FailureKind.DATA));
    }

    @Test
    void everyWaitGoesThroughTheContextsSleeper() {
        VirtualTimeContext context = context();
        try (ConnectorSession session = signIn(context)) {
            ResourceType type = probeType(ContractReads.readable(instance(), config(), session));
            stub().enqueue(StubResponse.json(429, "{}").withHeader("Retry-After", "600"));
            stub().enqueue(StubResponse.text(503, "Service Unavailable"));
            long start = System.nanoTime();
            try {
                instance().fetchPage(session, PageRequest.first(type.id(), type.pageSize()));
                assertTrue(
                        context.sleeper().total().compareTo(Duration.ofSeconds(600)) >= 0,
                        "the connector went past a 429 with Retry-After: 600 without waiting 600 s on the sleeper");
            } catch (ConnectorException e) {
                assertTrue(e.kind().retriable(), "a 429 then a 503 failed as " + e.kind());
            } finally {
                stub().reset();
            }
            assertTrue(
                    Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0,
                    "a wait took real time: every wait must go through the context's sleeper");
        }
    }

    @Test
    void concurrentSessionsOnOneInstanceReadTheSameRecords() throws Exception {
        List<String> expected;
        try (ConnectorSession session = signIn(context())) {
            expected = ContractReads.readEverything(instance(), config(), session);
        }
        var threads = Executors.newFixedThreadPool(4);
        try {
            var reads = new ArrayList<Future<List<String>>>();
            for (int i = 0; i < 4; i++) {
                Callable<List<String>> read = () -> {
                    try (ConnectorSession session = signIn(context())) {
                        return ContractReads.readEverything(instance(), config(), session);
                    }
                };
                reads.add(threads.submit(read));
            }
            for (var read : reads) {
                assertEquals(expected, read.get(), "a concurrent session read other records");
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private void assertFailure(StubResponse answer, Set<FailureKind> expected) {
        VirtualTimeContext context = context();
        long start = System.nanoTime();
        ConnectorException failure = null;
        try (ConnectorSession session = signIn(context)) {
            ResourceType type = probeType(ContractReads.readable(instance(), config(), session));
            stub().always(answer);
            instance().fetchPage(session, new PageRequest(type.id(), null, type.pageSize(), null, SyncFilters.NONE));
        } catch (ConnectorException e) {
            failure = e;
        } finally {
            stub().reset();
        }
        List<String> secrets = instance().descriptor().properties().stream()
                .filter(p -> p.secret())
                .flatMap(p -> config().text(p.name()).stream())
                .toList();
        ContractFailures.check(failure, answer, expected, secrets, Duration.ofNanos(System.nanoTime() - start));
    }

    private VirtualTimeContext context() {
        return TestConnectorContext.virtualTime(new VirtualClock());
    }

    private ConnectorSession signIn(VirtualTimeContext context) {
        return instance().authenticate(config(), context);
    }
}
