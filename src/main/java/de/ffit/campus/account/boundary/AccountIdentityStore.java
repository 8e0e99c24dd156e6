package de.ffit.campus.account.boundary;

import de.ffit.campus.account.control.Accounts;
import de.ffit.campus.account.control.PasswordHashing;
import de.ffit.campus.account.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;

/** The database identity store: active accounts, PBKDF2 hashes, groups from the account's role. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Inject
    PasswordHashing hashing;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        char[] password = credential.getPassword().getValue();
        Optional<UserAccount> account = accounts.activeByUsername(credential.getCaller());
        if (account.isEmpty()) {
            hashing.verifyDecoy(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        UserAccount found = account.get();
        if (!hashing.verify(password, found.getPasswordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (hashing.needsRehash(found.getPasswordHash())) {
            accounts.rehash(found.getUsername(), password);
        }
        return new CredentialValidationResult(found.getUsername(), found.getRole().groups());
    }
}
