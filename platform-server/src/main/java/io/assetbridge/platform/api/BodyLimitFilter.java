package io.assetbridge.platform.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Enforces the 64 KB body limit before anything reads the body: a declared {@code Content-Length}
 * over 1 MB is answered 413 at once, without reading; any other body is cut off one byte past
 * 64 KB, which {@link JsonBodies} then reports as 413. Either way at most 64 KB + 1 is ever
 * buffered. Bodies up to 1 MB are still read (as far as the limit) rather than refused unread so a
 * client that is still sending gets the 413 instead of a reset connection.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class BodyLimitFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && tooLarge(declared.trim())) {
            request.abortWith(ProblemMapper.render(
                    413, "Payload too large", "The request body is larger than 64 KB.", List.of(), Map.of()));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Truncated(request.getEntityStream(), JsonBodies.MAX_BYTES + 1L));
        }
    }

    private static final long REFUSE_UNREAD_ABOVE = 1024 * 1024;

    private static boolean tooLarge(String declared) {
        // digits only; a length too long for a long is certainly too large
        return !declared.isEmpty()
                && declared.chars().allMatch(Character::isDigit)
                && (declared.length() > 18 || Long.parseLong(declared) > REFUSE_UNREAD_ABOVE);
    }

    /** Ends the stream after {@code limit} bytes. */
    private static final class Truncated extends FilterInputStream {

        private long remaining;

        Truncated(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }
    }
}
