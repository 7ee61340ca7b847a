package io.assetbridge.platform.security;

import io.assetbridge.platform.PlatformTime;
import io.assetbridge.platform.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Every password sign-in goes through here, whatever carried the password (Basic today, a console
 * sign-in form later): the throttle first, then the identity store, then the log line. Failed
 * attempts are logged with user name and client address, never the password; a failure that starts
 * a throttle lock is also one row of the audit log.
 */
@ApplicationScoped
public class SignIns {

    private static final Logger LOG = Logger.getLogger(SignIns.class.getName());

    private IdentityStoreHandler identities;
    private SignInThrottle throttle;
    private AuditLog audit;
    /** Keys the digests that tell repeated wrong passwords apart; new each start, never stored. */
    private final byte[] attemptKey = new byte[32];

    @Inject
    public SignIns(IdentityStoreHandler identities, PlatformTime time, AuditLog audit) {
        this.identities = identities;
        this.audit = audit;
        this.throttle = new SignInThrottle(time.clock());
        new SecureRandom().nextBytes(attemptKey);
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected SignIns() {}

    /** The outcome of one attempt: accepted with the caller's groups, refused, or throttled. */
    public sealed interface Outcome permits Accepted, Refused, Throttled {}

    public record Accepted(CredentialValidationResult result) implements Outcome {}

    public record Refused() implements Outcome {}

    /** Refused without checking the password; the client may try again after {@code retryAfter}. */
    public record Throttled(Duration retryAfter) implements Outcome {}

    public Outcome attempt(String user, String password, String address) {
        var wait = throttle.wait(user, address);
        if (wait.isPresent()) {
            return new Throttled(wait.get());
        }
        var result = identities.validate(new UsernamePasswordCredential(user, password));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(user, address);
            return new Accepted(result);
        }
        var lock = throttle.failed(user, address, digest(user, password));
        if (lock.isPresent()) {
            var l = lock.get();
            String what = l.user() && l.address()
                    ? "the user name and the address wait "
                    : l.user() ? "the user name waits " : "the address waits ";
            LOG.warning(() -> "Sign-in throttled: " + SignInThrottle.FAILURES + " failures for user '" + user
                    + "' or from " + address + " within " + SignInThrottle.WINDOW.toMinutes() + " minutes; "
                    + what + l.duration().toSeconds() + " s");
            // one audit row per throttled burst; the single failures before it are in the log only
            audit.record(
                    "anonymous",
                    "sign-in.throttled",
                    "user " + user,
                    Map.of(
                            "user",
                            user,
                            "address",
                            address,
                            "failures",
                            SignInThrottle.FAILURES,
                            "lockedSeconds",
                            l.duration().toSeconds(),
                            "userLocked",
                            l.user(),
                            "addressLocked",
                            l.address()));
        } else {
            int left = throttle.failuresLeft(user, address);
            LOG.warning(() -> "Sign-in failed for user '" + user + "' from " + address + " (" + left + " more within "
                    + SignInThrottle.WINDOW.toMinutes() + " minutes are throttled)");
        }
        return new Refused();
    }

    private String digest(String user, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(attemptKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }
}
