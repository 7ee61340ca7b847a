package io.assetbridge.connector.connectwise;

import io.assetbridge.connector.connectwise.client.Answer;
import io.assetbridge.connector.connectwise.client.CwClient;
import io.assetbridge.connector.connectwise.client.CwFailures;
import io.assetbridge.spi.ConnectorSession;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A conversation with one ConnectWise company: the client, the API base found through companyinfo, whether the
 * keys have read anything yet (which tells a wrong key from a missing permission), and what earlier reads of this
 * session learned. Thread-safe.
 */
final class CwSession implements ConnectorSession {

    private final CwSettings settings;
    private final CwClient client;
    private final URI api;
    private final Map<String, Long> totals = new ConcurrentHashMap<>();
    private volatile boolean keysAccepted;
    private volatile List<Long> companyIds;

    CwSession(CwSettings settings, CwClient client, URI api) {
        this.settings = settings;
        this.client = client;
        this.api = api;
    }

    CwSettings settings() {
        return settings;
    }

    URI api() {
        return api;
    }

    /**
     * One API read that must succeed; a refusal becomes the failure the admin can act on.
     *
     * @param permission the role permission the endpoint needs, or null
     */
    Answer read(String path, Map<String, String> query, boolean forwardOnly, Read read) {
        Answer answer = client.get(api, path, query, forwardOnly, read.endpoint(), read.what());
        if (!answer.ok()) {
            throw CwFailures.refused(api, answer, read.what(), read.permission(), keysAccepted, settings.companyId());
        }
        keysAccepted = true;
        return answer;
    }

    /** What a read is, for the meter and the messages. */
    record Read(String endpoint, String what, String permission) {}

    /** The company ids of a full read of the companies in progress in this session, or null. */
    private volatile List<Long> collecting;

    List<Long> collectingCompanyIds() {
        return collecting;
    }

    void collectCompanyIds(List<Long> soFar) {
        collecting = soFar;
    }

    void rememberCompanyIds(List<Long> ids) {
        companyIds = List.copyOf(ids);
    }

    Optional<List<Long>> knownCompanyIds() {
        return Optional.ofNullable(companyIds);
    }

    void rememberTotal(String resourceType, long total) {
        totals.put(resourceType, total);
    }

    Optional<Long> knownTotal(String resourceType) {
        return Optional.ofNullable(totals.get(resourceType));
    }

    @Override
    public String toString() {
        return "CwSession[" + settings + "]";
    }
}
