package io.assetbridge.connector.halo.client;

import io.assetbridge.spi.ConnectorContext;
import io.assetbridge.spi.ConnectorException;
import io.assetbridge.spi.FailureKind;
import io.assetbridge.spi.OutboundRefusedException;
import io.assetbridge.spi.RateBudget;
import io.assetbridge.spi.RequestMeter.HttpCall;
import io.assetbridge.spi.WaitReason;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends one logical request: checks cancellation, takes a slot from the shared rate budget, sends, meters,
 * and repeats it after a 429, a 5xx or an I/O failure within the {@link RetryPolicy}'s bounds. Every wait
 * goes through the context's sleeper. Whatever it returns is a final answer for the caller to judge.
 */
public final class RequestRunner {

    private final ConnectorContext context;
    private final RateBudget budget;
    private final RetryPolicy policy;

    public RequestRunner(ConnectorContext context, RateBudget budget, RetryPolicy policy) {
        this.context = context;
        this.budget = budget;
        this.policy = policy;
    }

    /** Performs one request; called again for each retry. */
    @FunctionalInterface
    public interface Call {
        HttpAnswer send() throws IOException;
    }

    /**
     * @param endpoint what is called, for metering and messages
     * @param method   the HTTP method
     * @param call     performs the request once; called again for each retry
     */
    public HttpAnswer send(Endpoint endpoint, String method, Call call) {
        int serverRetries = 0;
        int rateLimitRetries = 0;
        Duration rateLimitWaited = Duration.ZERO;
        while (true) {
            checkNotCancelled();
            acquireBudget();
            long started = System.nanoTime();
            HttpAnswer answer;
            try {
                answer = call.send();
            } catch (OutboundRefusedException refused) {
                throw HaloFailures.refusedByPolicy(endpoint, refused);
            } catch (IOException io) {
                record(endpoint, method, 0, started);
                Optional<String> otherScheme = SchemeProbe.otherScheme(
                        context.http(), endpoint.url(), io, context.timeouts().connect());
                HaloFailures.rejectMistake(endpoint, io, otherScheme, context.firstContact());
                Duration wait = policy.serverBackoff(++serverRetries);
                if (serverRetries > policy.serverRetries()) {
                    throw HaloFailures.unreachable(endpoint, io, otherScheme, retryAt(wait));
                }
                sleep(wait, WaitReason.RETRY);
                continue;
            }
            record(endpoint, method, answer.status(), started);
            if (answer.status() == 429) {
                Instant now = context.clock().instant();
                int retry = rateLimitRetries + 1;
                Duration wait = answer.retryAfter()
                        .flatMap(h -> RetryAfter.parse(h, now))
                        .orElseGet(() -> policy.rateLimitBackoff(retry));
                budget.pauseUntil(now.plus(wait)); // everyone sharing this Halo instance backs off
                rateLimitWaited = rateLimitWaited.plus(wait);
                if (rateLimitWaited.compareTo(policy.rateLimitGiveUp()) > 0) {
                    throw HaloFailures.rateLimited(endpoint, retry, now.plus(wait));
                }
                rateLimitRetries++;
                sleep(wait, WaitReason.RATE_LIMITED);
                continue;
            }
            if (answer.status() >= 500) {
                Duration wait = policy.serverBackoff(++serverRetries);
                if (serverRetries > policy.serverRetries()) {
                    throw HaloFailures.serverError(endpoint, answer, retryAt(wait));
                }
                sleep(wait, WaitReason.RETRY);
                continue;
            }
            return answer;
        }
    }

    private void record(Endpoint endpoint, String method, int status, long startedNanos) {
        Duration elapsed = Duration.ofNanos(Math.max(0, System.nanoTime() - startedNanos));
        context.meter().record(new HttpCall(endpoint.kind(), method, endpoint.path(), status, elapsed));
    }

    private Instant retryAt(Duration wait) {
        return context.clock().instant().plus(wait);
    }

    private void checkNotCancelled() {
        if (context.cancellation().isCancelled()) {
            throw cancelled(null);
        }
    }

    private void acquireBudget() {
        try {
            budget.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancelled(e);
        }
    }

    private void sleep(Duration wait, WaitReason reason) {
        try {
            context.sleeper().sleep(wait, reason);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancelled(e);
        }
    }

    private static ConnectorException cancelled(Throwable cause) {
        return new ConnectorException(
                FailureKind.CANCELLED,
                "Reading from Halo stopped because the work was cancelled or interrupted.",
                null,
                null,
                cause);
    }
}
