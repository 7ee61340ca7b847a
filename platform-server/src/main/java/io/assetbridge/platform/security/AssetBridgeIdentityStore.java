package io.assetbridge.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.util.Set;

/**
 * Checks the {@code admin} and {@code viewer} passwords against their salted hashes and gives each
 * user the group of the same name. A user without a password (the viewer when
 * {@code ASSETBRIDGE_VIEWER_PASSWORD} is unset) cannot log in.
 */
@ApplicationScoped
public class AssetBridgeIdentityStore implements IdentityStore {

    /** Compared against for unknown users, so a wrong user name costs as much as a wrong password. */
    private static final String DUMMY_HASH = PasswordHash.of("no user has this password");

    private UserPasswords passwords;
    private final VerifiedCredentials verified = new VerifiedCredentials(Clock.systemUTC());

    @Inject
    public AssetBridgeIdentityStore(UserPasswords passwords) {
        this.passwords = passwords;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected AssetBridgeIdentityStore() {}

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential basic)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String user = basic.getCaller();
        String password = basic.getPasswordAsString();
        if (verified.lookup(user, password).isPresent() || verifySlowly(user, password)) {
            verified.remember(user, password);
            return new CredentialValidationResult(user, Set.of(user));
        }
        return CredentialValidationResult.INVALID_RESULT;
    }

    private boolean verifySlowly(String user, String password) {
        var stored = passwords.hashOf(user);
        boolean matches = PasswordHash.matches(password, stored.orElse(DUMMY_HASH));
        return matches && stored.isPresent();
    }
}
